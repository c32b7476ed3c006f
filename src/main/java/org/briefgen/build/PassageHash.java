package org.briefgen.build;


/** The short hash stored with a pinned or dropped passage: the first 12 hex digits of SHA-256 of its text. */
public final class PassageHash {
    private PassageHash() {
    }

    public static String of(String text) {
        return org.briefgen.ingest.Passage.hashOf(text);
    }
}
