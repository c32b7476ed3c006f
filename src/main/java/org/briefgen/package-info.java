/**
 * briefgen turns a folder of source documents into PDF briefing papers. The stages, each its own package,
 * run in the order {@link org.briefgen.Pipeline} shows: ingest → rules (classify, select) → figures →
 * charts → render → build (publish). Errors users can fix are {@link org.briefgen.BriefgenException}s.
 */
package org.briefgen;
