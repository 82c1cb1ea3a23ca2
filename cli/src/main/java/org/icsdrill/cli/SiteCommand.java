package org.icsdrill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.icsdrill.scenario.bundled.BundledSites;
import org.icsdrill.scenario.load.Diagnostic;
import org.icsdrill.scenario.load.SiteLoadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Prints a site network (docs/site.md): a bundled one by name or a site file. A file with errors
 * prints them as {@code file:line:column: message} on stderr and exits 1.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = "Print a site network's zones, hosts and conduits (IEC 62443 zones on Purdue levels).")
final class SiteCommand implements Callable<Integer> {

    enum Format { table, json }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The bundled sites' names, for the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return BundledSites.names().iterator();
        }
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE", defaultValue = BundledSites.DEFAULT,
            completionCandidates = Names.class,
            description = "A bundled site (${COMPLETION-CANDIDATES}) or a site YAML file (default: ${DEFAULT-VALUE}).")
    private String site;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SiteLoadResult result;
        try {
            result = SiteSource.find(spec, "", site);
        } catch (IOException e) {
            err.println(site + ": cannot read: " + UserMessages.unreadable(Path.of(site), e));
            err.flush();
            return 1;
        }
        if (result instanceof SiteLoadResult.Failed failed) {
            failed.diagnostics().stream().map(Diagnostic::toString).forEach(err::println);
            err.flush();
            return 1;
        }
        out.print(format == Format.json ? SiteFormat.json(result.site()) : SiteFormat.table(result.site()));
        out.flush();
        return 0;
    }
}
