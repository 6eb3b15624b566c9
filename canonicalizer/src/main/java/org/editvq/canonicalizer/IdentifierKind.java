package org.editvq.canonicalizer;

/** The kinds of user identifiers a canonicalizer replaces, with their generic token. */
public enum IdentifierKind {
    /** Locals, fields, parameters and every other name bound to a value: {@code v}. */
    VARIABLE("v"),
    /** Functions and methods declared in the program: {@code f}. */
    FUNCTION("f"),
    /** Classes, interfaces, enums, records and type parameters declared in the program: {@code T}. */
    TYPE("T");

    private final String token;

    IdentifierKind(String token) {
        this.token = token;
    }

    /** The generic canonical token of this kind ({@code v}, {@code f}, {@code T}). */
    public String token() {
        return token;
    }
}
