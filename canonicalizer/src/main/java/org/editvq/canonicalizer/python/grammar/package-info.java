/**
 * The Python lexer and parser generated at build time by ANTLR from {@code src/main/antlr4/.../PythonLexer.g4}
 * and {@code PythonParser.g4} (grammars written for editvq). Only the canonicalizer uses them.
 */
package org.editvq.canonicalizer.python.grammar;
