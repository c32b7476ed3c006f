/**
 * Ingest: takes a folder (or list) of source files with optional {@code .meta.yaml} sidecars and gives a
 * {@link org.briefgen.ingest.Corpus}: every source with its metadata and its passages, each passage with a
 * stable id ({@code <source-id>#p<N>}, N counting the file's paragraphs from 1) so a brief can cite it.
 * Page chrome is removed here and never reaches later stages. Entry point: {@link org.briefgen.ingest.Ingester}.
 */
package org.briefgen.ingest;
