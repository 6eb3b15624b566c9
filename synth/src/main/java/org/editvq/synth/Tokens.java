package org.editvq.synth;

/** Whitespace tokenizer used by the reference solvers. */
final class Tokens {
    private final String[] tokens;
    private int next;

    Tokens(String input) {
        String trimmed = input.strip();
        tokens = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    String next() {
        return tokens[next++];
    }

    int nextInt() {
        return Integer.parseInt(next());
    }

    long nextLong() {
        return Long.parseLong(next());
    }
}
