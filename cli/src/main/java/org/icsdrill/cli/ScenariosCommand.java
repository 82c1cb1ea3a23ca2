package org.icsdrill.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.icsdrill.api.DurationText;
import org.icsdrill.scenario.bundled.BundledScenarios;
import org.icsdrill.scenario.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Lists the bundled scenarios, or prints one (its YAML) to start a new one from. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the bundled scenarios, or print one's YAML with --show NAME.")
final class ScenariosCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--show", paramLabel = "NAME", description = "Print a bundled scenario's file.")
    private String show;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (show != null) {
            out.print(BundledScenarios.text(show).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "no bundled scenario '" + show + "'; bundled: "
                    + String.join(", ", BundledScenarios.names()))));
            out.flush();
            return 0;
        }
        out.printf("%-26s %-16s %9s  %s%n", "NAME", "PLANTS", "DURATION", "TITLE");
        for (String name : BundledScenarios.names()) {
            Scenario scenario = BundledScenarios.load(name).orElseThrow().scenario();
            out.printf("%-26s %-16s %9s  %s%n", name, String.join(",", scenario.plants()),
                    DurationText.clock(scenario.duration().toNanos() / 1e9), scenario.title());
        }
        out.flush();
        return 0;
    }
}
