package org.briefgen.compose;

import java.time.LocalDate;
import java.util.List;
import org.briefgen.figures.DataTable;
import org.briefgen.figures.Figure;
import org.briefgen.render.BriefDocument.Section;
import org.briefgen.render.BriefDocument.Written;

/**
 * A brief composed but not yet charted: its sections with their quotations and key figures, and what each
 * section's charts are to be drawn from. Sources are numbered as they are first cited, and a chart may cite
 * one more, so a draft is finished once, by {@link Charting#chart}.
 */
public final class Draft {
    /** A themed section without its charts, the figures it shows and the data tables on its theme. */
    record Part(Section section, List<Figure> figures, List<DataTable> tables) {
    }

    final BriefAssembler assembler;
    final Brief brief;
    final List<Part> parts;
    final List<Written> opening;
    final List<Written> closing;
    final LocalDate issued;

    Draft(BriefAssembler assembler, Brief brief, List<Part> parts, List<Written> opening, List<Written> closing, LocalDate issued) {
        this.assembler = assembler;
        this.brief = brief;
        this.parts = List.copyOf(parts);
        this.opening = List.copyOf(opening);
        this.closing = List.copyOf(closing);
        this.issued = issued;
    }

    /**
     * Composes a brief from what its scope holds: the written sections, then each theme's quotations, key
     * figures and data tables. Sources are numbered in order of first citation.
     */
    public static Draft compose(Brief brief, Selection selection, Scope scope, List<WrittenText> written, Evidence evidence) {
        return BriefAssembler.compose(brief, selection, scope, written, evidence);
    }
}
