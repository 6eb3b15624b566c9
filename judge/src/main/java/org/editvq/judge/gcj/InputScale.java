package org.editvq.judge.gcj;

/** How big a generated input is. */
public enum InputScale {
    /** Within the official small-dataset limits (brute force can check these). */
    SMALL,
    /** Within the official large-dataset limits. */
    LARGE,
    /** Beyond the official limits where that is needed for CPU times well above noise (see each problem). */
    STRESS
}
