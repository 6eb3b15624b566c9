package org.editvq.judge.gcj;

import java.util.NoSuchElementException;

/** Whitespace-separated tokens of a text, read in order (a tiny scanner for inputs and outputs). */
final class Tokens {
    private final String text;
    private int pos;

    Tokens(String text) {
        this.text = text;
    }

    boolean hasNext() {
        skip();
        return pos < text.length();
    }

    String next() {
        skip();
        if (pos >= text.length()) {
            throw new NoSuchElementException("no more tokens");
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    int nextInt() {
        return Integer.parseInt(next());
    }

    long nextLong() {
        return Long.parseLong(next());
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
