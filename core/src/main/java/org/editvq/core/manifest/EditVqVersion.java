package org.editvq.core.manifest;

/** The editvq version, stamped into every manifest and model bundle. */
public final class EditVqVersion {
    /** Semantic version of this build of editvq. */
    public static final String VERSION = "0.1.0";

    private EditVqVersion() {
    }
}
