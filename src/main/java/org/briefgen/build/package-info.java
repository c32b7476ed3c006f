/**
 * Build: takes brief definitions ({@code briefs/*.yaml}) and runs the pipeline for each of them —
 * ingest → classify → select → figures → charts → render → publish — writing PDFs atomically into the
 * output folder. {@link org.briefgen.build.Batch} runs many briefs the way a nightly job needs: only those
 * whose inputs changed (by content hash), in parallel, under a {@link org.briefgen.build.BuildLock}, with a
 * manifest of what happened. One broken brief never stops the others. Entry point for one brief:
 * {@link org.briefgen.build.Pipeline}.
 */
package org.briefgen.build;
