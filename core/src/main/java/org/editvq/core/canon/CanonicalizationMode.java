package org.editvq.core.canon;

/** How user identifiers are written in the canonical token sequence. */
public enum CanonicalizationMode {
    /** Every variable becomes {@code v}, every user function {@code f}, every user type {@code T} (the paper's Table 2). */
    GENERIC,
    /**
     * Identifiers keep which-is-which: {@code v0 v1 ...}, {@code f0 ...}, {@code T0 ...}, numbered per kind
     * in order of first appearance. One index per distinct name in the whole program (scopes are not told
     * apart: the same name in two scopes shares its index).
     */
    INDEXED
}
