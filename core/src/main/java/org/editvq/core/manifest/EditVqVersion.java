package org.editvq.core.manifest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The editvq version, stamped into every manifest and model bundle: the Maven project version of the
 * build, carried by the filtered resource {@code version.properties} beside this class.
 */
public final class EditVqVersion {
    /** The version of this build of editvq, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static final String VERSION = read();

    private EditVqVersion() {
    }

    private static String read() {
        try (InputStream in = EditVqVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the editvq-core jar");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.contains("${")) {
                throw new IllegalStateException("version.properties was not filtered by the build: '" + v + "'");
            }
            return v.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
