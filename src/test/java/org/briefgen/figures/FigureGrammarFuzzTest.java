package org.briefgen.figures;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/** The figure grammar on arbitrary text: never throws, and every figure points at its own phrase. */
class FigureGrammarFuzzTest {
    @FuzzTest(maxDuration = "40s")
    void grammarNeverThrows_andOffsetsHold(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<Figure> figures = FigureGrammar.parse("s", "s#p1", text);
        for (Figure f : figures) {
            if (f.start() < 0 || f.end() > text.length() || f.start() > f.end()) throw new IllegalStateException("offsets " + f);
            if (!text.substring(f.start(), f.end()).equals(f.text())) throw new IllegalStateException("text " + f);
            if (Double.isInfinite(f.low()) || Double.isInfinite(f.high())) throw new IllegalStateException("infinite " + f);
        }
    }
}
