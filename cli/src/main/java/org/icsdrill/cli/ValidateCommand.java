package org.icsdrill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.icsdrill.scenario.load.Diagnostic;
import org.icsdrill.scenario.load.DurationFormat;
import org.icsdrill.scenario.load.LoadResult;
import org.icsdrill.scenario.load.ScenarioLoader;
import org.icsdrill.scenario.load.SiteLoadResult;
import org.icsdrill.scenario.load.SiteLoader;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.site.Site;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Checks scenario and site files (a file whose top level has {@code zones:} is a site). Errors go
 * to stderr as {@code file:line:column: message}, which editors and CI annotate; a valid file gets a
 * one-line summary on stdout. Exit 1 when any file is bad.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario and site files and print every error as file:line:column: message.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario or site YAML files.")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allOk = true;
        for (Path file : files) {
            allOk &= validate(file, out, err);
        }
        out.flush();
        err.flush();
        return allOk ? 0 : 1;
    }

    private static boolean validate(Path file, PrintWriter out, PrintWriter err) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(file + ": cannot read: " + UserMessages.unreadable(file, e));
            return false;
        }
        List<Diagnostic> diagnostics;
        if (SiteLoader.isSite(text)) {
            SiteLoadResult result = SiteLoader.load(file.toString(), text);
            if (result instanceof SiteLoadResult.Loaded loaded) {
                out.println(file + ": ok: " + summary(loaded.site()));
                return true;
            }
            diagnostics = result.diagnostics();
        } else {
            LoadResult result = ScenarioLoader.load(file, text);
            if (result instanceof LoadResult.Loaded loaded) {
                out.println(file + ": ok: " + summary(loaded.scenario()));
                return true;
            }
            diagnostics = result.diagnostics();
        }
        diagnostics.stream().map(Diagnostic::toString).forEach(err::println);
        return false;
    }

    /** {@code site reference, 9 zones, 17 hosts, 8 conduits}. */
    static String summary(Site s) {
        return "site " + s.name() + ", " + count(s.zones().size(), "zone") + ", " + count(s.hosts().size(), "host")
                + ", " + count(s.conduits().size(), "conduit");
    }

    /**
     * {@code "title", plants gas, 2h, 9 steps, 3 attacks, 1 fault}, then {@code , 4 kill-chain stages} and
     * {@code , on site NAME} when it has them.
     */
    static String summary(Scenario s) {
        return "\"" + s.title() + "\", plants " + String.join(", ", s.plants()) + ", "
                + DurationFormat.format(s.duration()) + ", " + count(s.steps().size(), "step") + ", "
                + count(s.attacks().size(), "attack") + ", " + count(s.faults().size(), "fault") + stages(s)
                + s.site().map(site -> ", on site " + site.name()).orElse("");
    }

    /** {@code , 4 kill-chain stages} for a kill chain; nothing for any other scenario. */
    private static String stages(Scenario s) {
        long n = s.steps().stream().filter(step -> step.action() instanceof Action.Stage).count();
        return n == 0 ? "" : ", " + count((int) n, "kill-chain stage");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
