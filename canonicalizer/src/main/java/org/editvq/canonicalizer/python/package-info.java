/**
 * Python 3 canonicalization with an ANTLR grammar of editvq's own: the lexer gives the token sequence
 * (with {@code NEWLINE}, {@code INDENT} and {@code DEDENT}), the parse tree tells where names are bound.
 */
package org.editvq.canonicalizer.python;
