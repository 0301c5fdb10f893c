package io.github.xxgk.report.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, for {@code --version}. */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"xxgk-report " + (version == null ? "(development build)" : version)};
    }
}
