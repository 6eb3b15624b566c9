package org.editvq.dataset.corpus;

/** Parsing and printing of runtimes for the CSV formats. */
final class Numbers {
    private Numbers() {
    }

    /**
     * Parses a runtime in milliseconds: blank or null is {@link Double#NaN} (not measured); anything
     * that is not a finite number >= 0 yields null (a bad value the caller reports).
     */
    static Double parseRuntime(String text) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        String t = text.trim();
        if (t.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(t);
            return Double.isFinite(value) && value >= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Prints a runtime so that {@link Double#parseDouble} gives back exactly the same double:
     * whole numbers without a fraction ({@code 1200}), others by {@link Double#toString(double)},
     * NaN as null.
     */
    static String formatRuntime(double value) {
        if (Double.isNaN(value)) {
            return null;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
