package org.icsdrill.ui;

import java.io.PrintStream;
import java.util.Optional;

/**
 * Entry point of the console: {@code ConsoleMain --connect opc.tcp://HOST:PORT/icsdrill}.
 * A separate class from {@link ConsoleApp} so that it starts with JavaFX on the class path
 * (no module-info): the launcher only checks the main class for {@code Application}.
 */
public final class ConsoleMain {

    static final String USAGE = "usage: ConsoleMain --connect opc.tcp://HOST:PORT/icsdrill";

    private ConsoleMain() {
    }

    public static void main(String[] args) {
        Optional<String> url = parse(args, System.err);
        if (url.isEmpty()) {
            System.exit(2);
        }
        ConsoleLauncher.launch(url.get(), null, null);
    }

    /** The endpoint URL, or empty after printing what is wrong and the usage to {@code err}. */
    static Optional<String> parse(String[] args, PrintStream err) {
        String url = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--connect") && i + 1 < args.length) {
                url = args[++i];
            } else if (arg.startsWith("--connect=")) {
                url = arg.substring("--connect=".length());
            } else {
                err.println("unknown or incomplete option: " + arg);
                err.println(USAGE);
                return Optional.empty();
            }
        }
        if (url == null || !url.startsWith("opc.tcp://")) {
            err.println(url == null ? "missing --connect" : "not an opc.tcp:// URL: " + url);
            err.println(USAGE);
            return Optional.empty();
        }
        return Optional.of(url);
    }
}
