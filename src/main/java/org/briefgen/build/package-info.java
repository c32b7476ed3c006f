/**
 * Build: runs the pipeline ({@link org.briefgen.build.Pipeline}) for brief definitions and publishes what it
 * makes atomically into the output folder. {@link org.briefgen.build.Batch} runs many briefs the way a nightly
 * job needs: only those whose inputs changed (by content hash, in the build state), in parallel, under a
 * {@link org.briefgen.build.BuildLock}, with a manifest of what happened. One broken brief never stops the others.
 */
package org.briefgen.build;
