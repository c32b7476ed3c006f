package org.briefgen.rules;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.briefgen.BriefgenException;

/**
 * The rules parser on arbitrary files and queries: a bad file is a BriefgenException with positions, never
 * any other exception; a file that loads can be matched against a passage.
 */
class RulesFileFuzzTest {
    @FuzzTest(maxDuration = "40s")
    void rulesParserOnlyEverRejectsWithDiagnostics(FuzzedDataProvider data) {
        boolean wrap = data.consumeBoolean();
        String s = data.consumeRemainingAsString();
        String text = wrap ? "themes:\n  - id: t\n    title: T\n    query: " + s.replace("\n", " ") + "\n" : s;
        try {
            ThemeBook book = ThemeBook.parse(Path.of("fuzz.yaml"), text);
            new ThemeMatcher(book).classify(java.util.List.of(new org.briefgen.ingest.Passage("d#p1", "d", 1,
                    org.briefgen.ingest.Passage.Kind.BODY, "Refugees crossed the border into China in 2004.", 0, null)));
        } catch (BriefgenException e) {
            if (e.diagnostics().isEmpty()) throw new IllegalStateException("no diagnostics");
        }
    }
}
