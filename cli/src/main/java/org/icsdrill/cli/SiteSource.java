package org.icsdrill.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icsdrill.scenario.bundled.BundledSites;
import org.icsdrill.scenario.load.Diagnostic;
import org.icsdrill.scenario.load.SiteLoadResult;
import org.icsdrill.scenario.load.SiteLoader;
import org.icsdrill.scenario.site.Site;
import picocli.CommandLine;

/** Finds a site by bundled name or file path, for {@code icsdrill site} and {@code icsdrill run --site}. */
final class SiteSource {

    private SiteSource() {
    }

    /**
     * The site's load result; an unknown name is a usage error naming the bundled sites.
     *
     * @throws IOException when the file exists but cannot be read
     */
    static SiteLoadResult find(CommandLine.Model.CommandSpec spec, String option, String nameOrFile) throws IOException {
        return find(spec, option, nameOrFile, "");
    }

    /** The same, {@code more} added to the usage error (what else the option takes). */
    private static SiteLoadResult find(CommandLine.Model.CommandSpec spec, String option, String nameOrFile,
                                       String more) throws IOException {
        Path file = Path.of(nameOrFile);
        if (Files.exists(file)) {
            return SiteLoader.load(file);
        }
        return BundledSites.load(nameOrFile).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                option + "'" + nameOrFile + "' is neither a file nor a bundled site; bundled: "
                        + String.join(", ", BundledSites.names()) + more));
    }

    /** The site of {@code run --site}; a file with errors stops the command with every diagnostic. */
    static Site load(CommandLine.Model.CommandSpec spec, String nameOrFile) {
        SiteLoadResult result;
        try {
            result = find(spec, "--site: ", nameOrFile, "; or " + RunSite.NONE + " for no site");
        } catch (IOException e) {
            throw new IllegalStateException(nameOrFile + ": cannot read: " + UserMessages.unreadable(Path.of(nameOrFile), e), e);
        }
        if (result instanceof SiteLoadResult.Failed failed) {
            StringBuilder message = new StringBuilder("the site has errors:");
            for (Diagnostic diagnostic : failed.diagnostics()) {
                message.append(System.lineSeparator()).append(diagnostic);
            }
            throw new IllegalStateException(message.toString());
        }
        return result.site();
    }
}
