package org.icsdrill.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.icsdrill.core.opcua.Credentials;
import org.icsdrill.core.opcua.Role;
import org.icsdrill.core.opcua.UserStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The OPC UA accounts of a drill: trainees (operator, engineer), observers (viewer), instructors.
 * Passwords are random and shown once; the file keeps PBKDF2 hashes only. A running simulator reads
 * the file at start-up, so add users before {@code icsdrill run}.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Add OPC UA users (a random password is shown once) or list them with their roles.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: add NAME --role ROLE, or list");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user, or give an existing one a new role and password; prints the password once.")
    static final class Add implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "The user name: a letter, then letters, digits, _ . -")
        private String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", converter = RoleConverter.class,
                description = "viewer, operator, engineer or instructor.")
        private Role role;

        @CommandLine.Mixin
        private DataDirectory dataDirectory;

        @Override
        public Integer call() throws Exception {
            UserStore store = open(dataDirectory, spec);
            Credentials created;
            try {
                created = store.addUser(name, role);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("User '" + created.username() + "' (" + role.key() + ") with password '" + created.password()
                    + "' (shown once; restart a running simulator to let it in).");
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
    static final class ListUsers implements Callable<Integer> {
        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        private DataDirectory dataDirectory;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            open(dataDirectory, spec).roles()
                    .forEach((user, role) -> out.printf("%-20s %s%n", user, role.key()));
            out.flush();
            return 0;
        }
    }

    /** Opens the users file; a new one starts with {@code operator}, whose password is shown here once. */
    static UserStore open(DataDirectory dataDirectory, CommandLine.Model.CommandSpec spec) throws java.io.IOException {
        UserStore store = UserStore.open(dataDirectory.path());
        store.createdDefaultOperator().ifPresent(c -> spec.commandLine().getOut().println("Created user '"
                + c.username() + "' (operator) with password '" + c.password() + "' (shown once)."));
        return store;
    }

    /** A role by its key, with the choices in the message when it is not one. */
    static final class RoleConverter implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.fromKey(value.trim().toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
