package org.icsdrill.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icsdrill.scenario.bundled.BundledScenarios;
import org.icsdrill.scenario.load.Diagnostic;
import org.icsdrill.scenario.load.LoadResult;
import org.icsdrill.scenario.load.ScenarioLoader;
import org.icsdrill.scenario.model.Scenario;
import picocli.CommandLine;

/** Finds a scenario by bundled name or file path; a file with errors stops the command with its diagnostics. */
final class ScenarioSource {

    private ScenarioSource() {
    }

    static Scenario load(CommandLine.Model.CommandSpec spec, String nameOrFile) {
        LoadResult result;
        Path file = Path.of(nameOrFile);
        if (Files.exists(file)) {
            try {
                result = ScenarioLoader.load(file);
            } catch (IOException e) {
                throw new IllegalStateException(nameOrFile + ": cannot read: " + e.getMessage(), e);
            }
        } else {
            result = BundledScenarios.load(nameOrFile).orElseThrow(() -> new CommandLine.ParameterException(
                    spec.commandLine(), "--scenario: '" + nameOrFile + "' is neither a file nor a bundled scenario;"
                    + " bundled: " + String.join(", ", BundledScenarios.names())));
        }
        if (!result.isOk()) {
            StringBuilder message = new StringBuilder("the scenario has errors:");
            for (Diagnostic diagnostic : result.diagnostics()) {
                message.append(System.lineSeparator()).append(diagnostic);
            }
            throw new IllegalStateException(message.toString());
        }
        return result.scenario();
    }
}
