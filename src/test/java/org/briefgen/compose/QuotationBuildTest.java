package org.briefgen.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefgen.TestProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotations as a built brief shows them: a statute's list items after their lead-in, never a headline. */
class QuotationBuildTest {
    @TempDir
    Path tmp;

    @Test
    void aStatutesItemsAreQuotedAfterTheirLeadIn_andAnArticlesHeadlineIsNotQuoted() throws Exception {
        Path p = tmp.resolve("p");
        TestProject.copyTree(TestProject.REPO.resolve("templates"), p.resolve("templates"));
        Files.createDirectories(p.resolve("briefs"));
        Files.createDirectories(p.resolve("sources"));
        Files.copy(TestProject.REPO.resolve("briefs/themes.yaml"), p.resolve("briefs/themes.yaml"));
        Files.copy(TestProject.REPO.resolve("briefs/examples.yaml"), p.resolve("briefs/examples.yaml"));
        Files.writeString(p.resolve("briefs/r.yaml"), "id: r\ntitle: Refugees\nthemes: [refugees]\n");
        Files.writeString(p.resolve("sources/statute.txt"), """
                North Korean Refugee Protection Act

                SEC. 3. SENSE OF CONGRESS.

                It is the sense of Congress that—

                (1) the Government of the People's Republic of China should stop the forced repatriation of North Korean refugees and defectors; and

                (2) the United States should admit North Korean refugees who seek asylum.
                """);
        // A captured page: a kicker, then the headline again (a question, so it reads as a sentence), then the story.
        Files.writeString(p.resolve("sources/article.txt"), """
                Analysis

                Will China ever stop sending North Korean refugees and defectors back?

                Activists said on Monday that China had forcibly returned some 500 refugees and defectors last week, and that those repatriated face torture.
                """);
        Files.writeString(p.resolve("sources/article.meta.yaml"), "title: Will China ever stop sending North Korean refugees and defectors back?\n");
        TestProject.Run run = TestProject.run(p, "build", "--format", "html");
        assertEquals(0, run.code(), run.err());
        Document d = Jsoup.parse(Files.readString(p.resolve("output/r.html")));
        assertEquals(List.of(
                "Activists said on Monday that China had forcibly returned some 500 refugees and defectors last week, and that those"
                        + " repatriated face torture.",
                "It is the sense of Congress that the Government of the People's Republic of China should stop the forced repatriation"
                        + " of North Korean refugees and defectors …",
                "It is the sense of Congress that … the United States should admit North Korean refugees who seek asylum."),
                d.select("div.quote blockquote").eachText());
        assertEquals(List.of("para. 3", "paras. 3–4", "paras. 3, 5"),
                d.select("div.quote p.citation span:nth-of-type(2)").eachText());
    }
}
