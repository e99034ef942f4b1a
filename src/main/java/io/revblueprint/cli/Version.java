package io.revblueprint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven built, from the build-info the Spring Boot plugin writes into the jar. */
final class Version {

    private static final String BUILD_INFO = "/META-INF/build-info.properties";

    private Version() {
    }

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream(BUILD_INFO)) {
            if (in == null) {
                return "unknown (not built by Maven)";
            }
            Properties build = new Properties();
            build.load(in);
            return build.getProperty("build.version") + " (built " + build.getProperty("build.time") + ")";
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
