package org.briefgen.compose;

import java.util.ArrayList;
import java.util.List;
import org.briefgen.charts.ChartPlanner;
import org.briefgen.charts.ChartSpec;
import org.briefgen.render.BriefDocument;
import org.briefgen.render.BriefDocument.Section;
import org.briefgen.render.BriefDocument.SourceEntry;

/**
 * The chart stage of a brief: each section's charts, planned by {@link ChartPlanner} from the section's
 * figures and data tables, and the brief's coverage chart of which sources each section quotes.
 */
public final class Charting {
    private Charting() {
    }

    /** Draws the draft's charts and returns the finished document. */
    public static BriefDocument chart(Draft draft) {
        BriefAssembler a = draft.assembler;
        List<Section> sections = new ArrayList<>();
        for (Draft.Part part : draft.parts) {
            Section s = part.section();
            List<ChartSpec> charts = ChartPlanner.forSection("s" + (sections.size() + 1), s.title(), part.figures(), a::label,
                    a::sentenceOf, part.tables());
            sections.add(new Section(s.anchor(), s.themeId(), s.title(), s.description(), s.quotes(), charts, s.figures(), s.after()));
        }
        // The sources list is complete only now: a chart may cite a source no quotation or key figure did.
        List<SourceEntry> sources = a.sourceEntries();
        List<ChartSpec> charts = new ArrayList<>();
        if (sections.stream().anyMatch(x -> !x.quotes().isEmpty())) charts.add(a.coverageChart(sections, sources));
        return a.document(draft.brief, sections, sources, charts, draft.issued, draft.opening, draft.closing);
    }
}
