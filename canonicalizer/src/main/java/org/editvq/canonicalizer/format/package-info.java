/**
 * Canonical tokens back to readable code, and whether code parses: {@link org.editvq.canonicalizer.format.CodeFormatter}
 * lays out a token sequence (with the user's names put back) as the language's own formatted code (Java
 * through JavaParser's pretty printer, Python from its {@code NEWLINE}/{@code INDENT}/{@code DEDENT} tokens),
 * and {@link org.editvq.canonicalizer.format.ParseChecker} says whether a text parses, as a value.
 */
package org.editvq.canonicalizer.format;
