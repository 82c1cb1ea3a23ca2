package org.icsdrill.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version != null ? version : "0.1.0-SNAPSHOT";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"ICS Drill " + current()};
    }
}
