package org.briefgen.engine;

import java.nio.file.Path;
import org.briefgen.BriefgenException;
import org.briefgen.rules.Classifier;
import org.briefgen.rules.EngineRules;
import org.briefgen.rules.ThemeBook;
import org.briefgen.rules.ThemeMatcher;

/** Picks the theme matcher a project's {@code briefgen.yaml} asks for: embedded (the default) or OpenSearch. */
public final class Engines {
    private Engines() {
    }

    /** The classifier for the project at {@code root}, with credentials from this process's environment. */
    public static Classifier forProject(Path root, ThemeBook book) throws BriefgenException {
        return of(EngineConfig.load(root, System.getenv()), book);
    }

    public static Classifier of(EngineConfig config, ThemeBook book) throws BriefgenException {
        if (config.kind() == EngineConfig.Kind.EMBEDDED) return new ThemeMatcher(book);
        return new ClusterMatcher(config, EngineRules.of(book));
    }
}
