package org.icsdrill.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code icsdrill} command. Bad arguments print usage and exit 2; failures print a message and exit 1. */
@Command(name = "icsdrill",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "ICS Drill: an ICS/SCADA cyber-security exercise simulator.",
        subcommands = {RunCommand.class, ScenariosCommand.class, SiteCommand.class, RegistersCommand.class,
                ValidateCommand.class, ScoreCommand.class, PkiCommand.class, ExportCommand.class, ReportCommand.class,
                DatasetCommand.class,
                ConsoleCommand.class, UsersCommand.class, RespondCommand.class,
                CommandLine.HelpCommand.class})
public final class IcsDrill implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new IcsDrill());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, badArgs) -> {
            PrintWriter errors = e.getCommandLine().getErr();
            errors.println("icsdrill: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, errors);
            e.getCommandLine().usage(errors);
            return CommandLine.ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("icsdrill: " + UserMessages.describe(e));
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
