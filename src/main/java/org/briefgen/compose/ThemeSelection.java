package org.briefgen.compose;

import java.util.List;
import org.briefgen.rules.Selected;
import org.briefgen.rules.Theme;

/** A theme of a brief with the passages chosen for its section, in order. */
public record ThemeSelection(Theme theme, List<Selected> selected) {
    public ThemeSelection {
        selected = List.copyOf(selected);
    }
}
