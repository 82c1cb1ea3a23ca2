package org.icsdrill.evidence.record;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The simulator's version, for the record's {@code meta.icsdrill_version}. */
public final class BuildVersion {

    private BuildVersion() {
    }

    /**
     * The version of the build, from the pom.properties Maven puts in the jar (kept by the shaded
     * jar); "development" when run from classes.
     */
    public static String current() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(
                "/META-INF/maven/org.icsdrill/run-evidence/pom.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "development");
            }
        } catch (IOException e) {
            // fall through
        }
        return "development";
    }
}
