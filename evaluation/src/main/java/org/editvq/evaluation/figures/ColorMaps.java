package org.editvq.evaluation.figures;

import java.awt.Color;

/**
 * Colour maps for figures: a continuous perceptually ordered map (viridis-like: dark purple &rarr; blue
 * &rarr; green &rarr; yellow, linear RGB interpolation between 11 stops of matplotlib's viridis) and a
 * qualitative palette for categories.
 */
public final class ColorMaps {
    /** Viridis at t = 0, 0.1, &hellip;, 1 (sRGB). */
    private static final int[] VIRIDIS = {0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884,
            0x44bf70, 0x7ad151, 0xbddf26, 0xfde725};
    /** Ten well-separated hues for categories. */
    private static final int[] CATEGORICAL = {0x1f5fa8, 0xe0712c, 0x2c9e4b, 0xc8312f, 0x7b52ab, 0x8a5a44, 0xd65fb0,
            0x6f6f6f, 0xa3a81f, 0x1aa6b8};

    private ColorMaps() {
    }

    /**
     * The viridis-like colour at t in [0, 1] (t clamped; NaN is rejected): t = 0 is #440154, t = 1 is #fde725.
     */
    public static Color viridis(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("colour-map position is NaN");
        }
        double x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) Math.floor(x), VIRIDIS.length - 2);
        double f = x - i;
        int a = VIRIDIS[i];
        int b = VIRIDIS[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        int x = a & 0xff;
        int y = b & 0xff;
        return (int) Math.round(x + (y - x) * f);
    }

    /** Category colour {@code i} (i &ge; 0): ten hues, repeated darker for i &ge; 10. */
    public static Color categorical(int i) {
        if (i < 0) {
            throw new IllegalArgumentException("category index must be >= 0: " + i);
        }
        Color c = new Color(CATEGORICAL[i % CATEGORICAL.length]);
        for (int round = 0; round < i / CATEGORICAL.length; round++) {
            c = new Color(c.getRed() * 3 / 4, c.getGreen() * 3 / 4, c.getBlue() * 3 / 4);
        }
        return c;
    }
}
