/**
 * Build: takes brief definitions ({@code briefs/*.yaml}) and runs the pipeline for each of them —
 * ingest → classify → select → figures → charts → render → publish — writing PDFs atomically into the
 * output folder. One broken brief never stops the others. Entry point: {@link org.briefgen.build.Pipeline}.
 */
package org.briefgen.build;
