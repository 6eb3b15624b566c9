/**
 * ROUGE-N over whitespace tokens of canonical programs: clipped n-gram overlap, precision,
 * recall and F-measure. Unlike common ROUGE packages nothing is lower-cased, stemmed or
 * stripped of punctuation, because code operators are tokens that matter.
 */
package org.editvq.core.rouge;
