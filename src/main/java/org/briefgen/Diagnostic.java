package org.briefgen;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem a user can act on: where it is (file, 1-based line and column, 0 when unknown), what is
 * wrong, and optionally the offending source line and a hint. Printed as {@code file:line:col: error: msg}.
 */
public record Diagnostic(Path file, int line, int column, Severity severity, String message,
                         String sourceLine, String hint) {

    public enum Severity { ERROR, WARNING }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) throw new IllegalArgumentException("negative position");
    }

    public static Diagnostic error(Path file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, message, null, null);
    }

    public static Diagnostic error(Path file, String message) {
        return error(file, 0, 0, message);
    }

    public static Diagnostic warning(Path file, String message) {
        return warning(file, 0, 0, message);
    }

    public static Diagnostic warning(Path file, int line, int column, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, message, null, null);
    }

    /** The same diagnostic as a warning (a problem the brief says to tolerate, or a skipped input). */
    public Diagnostic asWarning(String suffix) {
        return new Diagnostic(file, line, column, Severity.WARNING, message + suffix, sourceLine, hint);
    }

    /** The same diagnostic with its file named another way, such as relative to the project. */
    public Diagnostic withFile(java.util.function.UnaryOperator<Path> rename) {
        return file == null ? this : new Diagnostic(rename.apply(file), line, column, severity, message, sourceLine, hint);
    }

    public Diagnostic withSourceLine(String text) {
        return new Diagnostic(file, line, column, severity, message, text, hint);
    }

    public Diagnostic withHint(String text) {
        return new Diagnostic(file, line, column, severity, message, sourceLine, text);
    }

    /** {@code file:line:col: error: message}, then the source line with a caret under the column. */
    public String format() {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file);
            if (line > 0) b.append(':').append(line);
            if (line > 0 && column > 0) b.append(':').append(column);
            b.append(": ");
        }
        b.append(severity == Severity.ERROR ? "error: " : "warning: ").append(message);
        if (sourceLine != null && line > 0) {
            b.append('\n').append(sourceLine);
            if (column > 0) b.append('\n').append(" ".repeat(column - 1)).append('^');
        }
        if (hint != null) b.append("\n  hint: ").append(hint);
        return b.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
