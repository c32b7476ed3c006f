/**
 * briefgen turns a folder of source documents into PDF briefing papers. The stages, each its own package,
 * run in the order {@link org.briefgen.build.Pipeline#build} shows on one screen: ingest → rules (classify,
 * select) → figures → compose (scope, selection, written sections, quotations) → charts → render → build
 * (publish atomically, many briefs at once, incrementally). Errors users can fix are
 * {@link org.briefgen.BriefgenException}s carrying {@link org.briefgen.Diagnostic}s with file:line:col.
 */
package org.briefgen;
