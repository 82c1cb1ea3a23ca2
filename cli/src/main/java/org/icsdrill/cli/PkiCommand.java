package org.icsdrill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.icsdrill.core.opcua.ClientCertificates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Manages which OPC UA client certificates the server trusts (it quarantines unknown ones off loopback). */
@Command(name = "pki", mixinStandardHelpOptions = true,
        description = "Trust OPC UA client certificates, or list the trusted and rejected ones.",
        subcommands = {PkiCommand.Trust.class, PkiCommand.ListCertificates.class})
final class PkiCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: trust FILE, or list");
    }

    @Command(name = "trust", mixinStandardHelpOptions = true,
            description = "Trust a client certificate (DER or PEM); a running server picks it up at once.")
    static final class Trust implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The client's certificate, for example from pki/rejected.")
        private Path file;

        @CommandLine.Mixin
        private DataDirectory dataDirectory;

        @Override
        public Integer call() throws Exception {
            ClientCertificates.Entry entry = ClientCertificates.trust(dataDirectory.path(), file);
            spec.commandLine().getOut().println("Trusted " + entry.subject() + " (SHA-1 " + entry.thumbprint()
                    + ") as " + entry.file());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List trusted and rejected client certificates.")
    static final class ListCertificates implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        private DataDirectory dataDirectory;

        @Override
        public Integer call() throws Exception {
            Path data = dataDirectory.path();
            PrintWriter out = spec.commandLine().getOut();
            for (var entry : ClientCertificates.list(ClientCertificates.trustedFolder(data))) {
                out.println("trusted   " + entry.thumbprint() + "  " + entry.subject() + "  " + entry.file());
            }
            for (var entry : ClientCertificates.list(ClientCertificates.rejectedFolder(data))) {
                out.println("rejected  " + entry.thumbprint() + "  " + entry.subject() + "  " + entry.file());
            }
            out.flush();
            return 0;
        }
    }
}
