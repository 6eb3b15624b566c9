/**
 * Java canonicalization with JavaParser (language level Java 17): the token stream of JavaParser gives
 * the sequence, the AST tells which identifiers are the program's own variables, functions and types.
 */
package org.editvq.canonicalizer.java;
