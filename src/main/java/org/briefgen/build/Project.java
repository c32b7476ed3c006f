package org.briefgen.build;

import java.nio.file.Path;

/**
 * The folders of a briefgen project. Everything briefgen reads lives under {@code root}; paths are
 * absolute and normalised so confinement checks can compare prefixes.
 */
public record Project(Path root, Path briefs, Path themes, Path sources, Path templates) {
    public Project {
        root = root.toAbsolutePath().normalize();
        briefs = briefs.toAbsolutePath().normalize();
        themes = themes.toAbsolutePath().normalize();
        sources = sources.toAbsolutePath().normalize();
        templates = templates.toAbsolutePath().normalize();
    }

    /** The standard layout: briefs/, briefs/themes.yaml, sources/, templates/. */
    public static Project at(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return new Project(r, r.resolve("briefs"), r.resolve("briefs/themes.yaml"), r.resolve("sources"), r.resolve("templates"));
    }

    public Project withThemes(Path file) {
        return new Project(root, briefs, file, sources, templates);
    }

    public Project withSources(Path dir) {
        return new Project(root, briefs, themes, dir, templates);
    }

    /** A path for messages: relative to the project root when inside it. */
    public Path display(Path p) {
        Path a = p.toAbsolutePath().normalize();
        return a.startsWith(root) ? root.relativize(a) : a;
    }
}
