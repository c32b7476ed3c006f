/**
 * Engine: where theme matching runs. Takes the project's optional {@code briefgen.yaml} and a theme book, and
 * gives a {@link org.briefgen.rules.Classifier}: the embedded Lucene matcher, or {@link
 * org.briefgen.engine.ClusterMatcher} on an OpenSearch 2.x cluster (passages indexed once per change, themes
 * as percolator queries, a brief's sections as searches: {@link org.briefgen.engine.ClusterRanking}) with the
 * same results. Entry point: {@link org.briefgen.engine.Engines}.
 */
package org.briefgen.engine;
