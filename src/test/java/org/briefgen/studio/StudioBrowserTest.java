package org.briefgen.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefgen.TestProject;
import org.briefgen.build.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's path through the studio in Debian's headless Chromium (installed by .ci/run): open the list,
 * open a brief, drop a passage, download the PDF, and find the passage gone from it.
 */
class StudioBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path tmp;

    @Test
    void dropAPassageInTheBrowser_andTheDownloadedPdfNoLongerHasIt() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Debian chromium and chromium-driver are not installed (.ci/run installs them)");
        Path project = TestProject.copy(tmp.resolve("p"));
        try (Studio studio = new Studio(Project.at(project), "test", null, "127.0.0.1").start(0)) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                    "--user-data-dir=" + tmp.resolve("chrome"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            try {
                driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
                driver.get(studio.address());
                // Every action here navigates (links and plain form POSTs), so each read waits for the new page.
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
                driver.findElement(By.linkText("North Korean Refugees and Forced Repatriation")).click();
                wait.until(ExpectedConditions.titleIs("North Korean Refugees and Forced Repatriation — briefgen studio"));
                WebElement card = driver.findElement(By.id("p-" + StudioTest.PASSAGE.replace('#', '-')));
                assertTrue(card.getText().contains(StudioTest.PASSAGE_START));
                card.findElement(By.cssSelector("button.drop")).click();
                // Wait for the old card to leave the DOM, or the read can land on the page being replaced.
                wait.until(ExpectedConditions.stalenessOf(card));
                By cardId = By.id("p-" + StudioTest.PASSAGE.replace('#', '-'));
                wait.ignoring(StaleElementReferenceException.class)
                        .until(d -> d.findElement(cardId).getText().startsWith("DROPPED"));
                String href = driver.findElement(By.id("download")).getAttribute("href");
                HttpResponse<byte[]> pdf = new StudioHttp(studio.port()).getBytes(java.net.URI.create(href).getPath());
                assertEquals(200, pdf.statusCode());
                try (PDDocument d = Loader.loadPDF(pdf.body())) {
                    String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
                    assertTrue(text.contains("North Korean Refugees and Forced Repatriation"));
                    assertFalse(text.contains(StudioTest.PASSAGE_START), "dropped passage still in the PDF");
                }
            } finally {
                driver.quit();
            }
        }
    }
}
