package org.icsdrill.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseResult;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.ui.opcua.ConsoleConnection;
import org.icsdrill.ui.opcua.ExerciseChannel;
import org.icsdrill.ui.opcua.LoginOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * Takes one response action in a running drill from a script, as a console's Response tab does: logs
 * in as the user over OPC UA and calls the exercise's respond method, so the action is checked against
 * the user's role and recorded against their name.
 */
@Command(name = "respond", mixinStandardHelpOptions = true,
        description = "Take a response action in a running drill, as a console does (for scripted drills).",
        footer = {"", "Exit status: 0 done; 1 the server refused it (or could not be reached); 2 bad arguments.",
                "Example: ICSDRILL_PASSWORD=... icsdrill respond isolate_host --target 127.0.0.66"
                        + " --connect opc.tcp://127.0.0.10:4840/icsdrill --user aiko"})
final class RespondCommand implements Callable<Integer> {

    /** Where the password is read from when no --password-file is given. */
    static final String PASSWORD_ENV = "ICSDRILL_PASSWORD";

    private static final long TIMEOUT_SECONDS = 30;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACTION",
            description = "isolate_host, block_traffic, close_conduit, reopen_conduit, quarantine_host, disable_account,"
                    + " reset_credential, restore_program, restore_parameters, switch_to_manual, emergency_shutdown,"
                    + " reset_safety_system or escalate.")
    private String action;

    @Option(names = "--plant", paramLabel = "P", description = "The plant, for actions taken on a plant.")
    private String plant = "";

    @Option(names = "--target", paramLabel = "T",
            description = "A host address (isolate_host, block_traffic), a conduit of the run's site or one service"
                    + " on it (close_conduit, reopen_conduit: enterprise-dmz or 'enterprise-dmz rdp/3389'), a host of"
                    + " the site by name (quarantine_host: office-pc-1), an account (disable_account, reset_credential:"
                    + " vendor-support), a loop's auto/manual"
                    + " tag within the plant (switch_to_manual, like R1.FIC101.AUTO), or whom to escalate to.")
    private String target = "";

    @Option(names = "--connect", required = true, paramLabel = "URL",
            description = "The simulator's OPC UA endpoint, like opc.tcp://127.0.0.10:4840/icsdrill.")
    private String url;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "The drill account to act as.")
    private String user;

    @Option(names = "--lang", paramLabel = "en|ja", converter = Converters.LanguageConverter.class,
            description = "The language of the server's answer (default: ja where the system's language is"
                    + " Japanese, else en).")
    private String language = Locale.getDefault().getLanguage().equals("ja") ? "ja" : "en";

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of FILE (default: the " + PASSWORD_ENV
                    + " environment variable).")
    private Path passwordFile;

    @Override
    public Integer call() {
        ResponseAction chosen = action();
        if (!url.startsWith("opc.tcp://")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--connect needs an opc.tcp:// URL, got '" + url + "'");
        }
        String password = password();
        var err = spec.commandLine().getErr();
        try (ConsoleConnection connection = ConsoleConnection.open(url)) {
            ExerciseChannel exercise = connection.exercise().orElse(null);
            if (exercise == null) {
                err.println(url + " offers no exercise control (not an icsdrill run?)");
                return 1;
            }
            LoginOutcome login = connection.login(user, password).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!login.ok()) {
                err.println("login as '" + user + "' refused: " + login.status());
                return 1;
            }
            ExerciseResult outcome = exercise.call(ExerciseAddress.RESPOND, chosen.name().toLowerCase(Locale.ROOT),
                    plant, target).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            (outcome.accepted() ? spec.commandLine().getOut() : err).println(outcome.text(Locale.forLanguageTag(language)));
            return outcome.accepted() ? 0 : 1;
        } catch (UaException | ExecutionException | TimeoutException e) {
            err.println("cannot reach " + url + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private ResponseAction action() {
        try {
            return ResponseAction.valueOf(action.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown action '" + action
                    + "'; expected one of " + String.join(", ", Arrays.stream(ResponseAction.values())
                    .map(a -> a.name().toLowerCase(Locale.ROOT)).toList()));
        }
    }

    private String password() {
        if (passwordFile != null) {
            try {
                return Files.readAllLines(passwordFile).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--password-file: cannot read " + passwordFile);
            }
        }
        String fromEnvironment = System.getenv(PASSWORD_ENV);
        if (fromEnvironment == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give the password with --password-file FILE or in " + PASSWORD_ENV);
        }
        return fromEnvironment;
    }
}
