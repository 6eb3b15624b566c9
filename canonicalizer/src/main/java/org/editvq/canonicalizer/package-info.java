/**
 * Canonicalizers for the languages editvq reads ({@link org.editvq.canonicalizer.Canonicalizers}) and
 * the pieces they share: identifier kinds and the builder that numbers identifiers in indexed mode.
 */
package org.editvq.canonicalizer;
