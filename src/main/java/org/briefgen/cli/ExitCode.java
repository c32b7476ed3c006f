package org.briefgen.cli;

/** Process exit codes, documented in the README. */
final class ExitCode {
    static final int OK = 0;
    /** Some work failed (a brief, a source); the rest was done. */
    static final int FAILED = 1;
    /** Bad arguments or configuration: nothing was done. */
    static final int USAGE = 2;
    /** Another build holds the output folder's lock. */
    static final int LOCKED = 3;

    private ExitCode() {
    }
}
