package dev.dockerlab.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into dockerlab.properties at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {"dockerlab " + version(),
                "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")};
    }

    /** This build's version, as --version and bundle manifests state it. */
    static String version() throws IOException {
        Properties build = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dockerlab.properties")) {
            if (in != null) {
                build.load(in);
            }
        }
        return build.getProperty("version", "(development build)");
    }
}
