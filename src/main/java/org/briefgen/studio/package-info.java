/**
 * Studio: {@code briefgen serve}, a local web page where policy staff review what the rules chose, pin or
 * drop passages, edit cover fields, start briefs, preview them and download the PDF. Every choice is
 * written into the brief's YAML file, so builds and nightly runs see it. Entry point:
 * {@link org.briefgen.studio.Studio}.
 */
package org.briefgen.studio;
