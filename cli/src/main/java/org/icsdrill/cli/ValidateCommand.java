package org.icsdrill.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.icsdrill.scenario.load.Diagnostic;
import org.icsdrill.scenario.load.DurationFormat;
import org.icsdrill.scenario.load.LoadResult;
import org.icsdrill.scenario.load.ScenarioLoader;
import org.icsdrill.scenario.model.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Checks scenario files. Errors go to stderr as {@code file:line:column: message}, which editors
 * and CI annotate; a valid file gets a one-line summary on stdout. Exit 1 when any file is bad.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files and print every error as file:line:column: message.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario YAML files.")
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
        LoadResult result;
        try {
            result = ScenarioLoader.load(file);
        } catch (IOException e) {
            err.println(file + ": cannot read: " + reason(file, e));
            return false;
        }
        if (result instanceof LoadResult.Loaded loaded) {
            out.println(file + ": ok: " + summary(loaded.scenario()));
            return true;
        }
        result.diagnostics().stream().map(Diagnostic::toString).forEach(err::println);
        return false;
    }

    /** {@code "title", plants gas, 2h, 9 steps, 3 attacks, 1 fault}. */
    static String summary(Scenario s) {
        return "\"" + s.title() + "\", plants " + String.join(", ", s.plants()) + ", "
                + DurationFormat.format(s.duration()) + ", " + count(s.steps().size(), "step") + ", "
                + count(s.attacks().size(), "attack") + ", " + count(s.faults().size(), "fault");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String reason(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof MalformedInputException) {
            return "not UTF-8 text";
        }
        if (Files.isDirectory(file)) {
            return "is a directory";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
