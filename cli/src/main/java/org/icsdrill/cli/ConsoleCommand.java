package org.icsdrill.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.icsdrill.ui.ConsoleLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Opens a console (trainee HMI, instructor desk) on a running simulator, here or on another machine. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Open the console of a running simulator: overview, alarms, network monitor, response"
                + " actions, tabletop cards, and the instructor desk for instructors.")
final class ConsoleCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--connect", required = true, paramLabel = "URL",
            description = "The simulator's OPC UA endpoint, like opc.tcp://127.0.0.10:4840/icsdrill.")
    private String url;

    @Option(names = "--lang", paramLabel = "ja|en", converter = Converters.LanguageConverter.class,
            description = "Language of the console (default: the system's).")
    private String language;

    @Option(names = "--user", paramLabel = "NAME", description = "Put this user name in the login field.")
    private String user;

    @Override
    public Integer call() {
        if (!url.startsWith("opc.tcp://")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--connect needs an opc.tcp:// URL, got '" + url + "'");
        }
        if (!ConsoleLauncher.displayAvailable()) {
            spec.commandLine().getErr().println("No display: set DISPLAY (or run under Xvfb) to open the console.");
            return 1;
        }
        Optional<String> missing = ConsoleLauncher.missingRequirement(language);
        if (missing.isPresent()) {
            spec.commandLine().getErr().println("icsdrill: " + missing.get());
            return 1;
        }
        ConsoleLauncher.launch(url, language, user);
        return 0;
    }
}
