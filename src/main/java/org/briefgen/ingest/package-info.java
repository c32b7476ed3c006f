/**
 * Ingest: takes a folder (or list) of source files (plain text in UTF-8, UTF-16 or Windows-1252, Markdown, saved
 * HTML pages, PDF reports) with optional {@code .meta.yaml} sidecars and gives a
 * {@link org.briefgen.ingest.Corpus}: every source with its metadata (sidecar first, then what the file says of
 * itself), its passages, each with a stable id ({@code <source-id>#p<N>}, N counting the file's blocks from 1 in
 * reading order) and its PDF page so a brief can cite it, and its captioned figures. One
 * {@link org.briefgen.ingest.SourceReader} per format; page chrome is removed here and never reaches later
 * stages. Files that cannot be read are skipped with a warning. Entry point: {@link org.briefgen.ingest.Ingester}.
 */
package org.briefgen.ingest;
