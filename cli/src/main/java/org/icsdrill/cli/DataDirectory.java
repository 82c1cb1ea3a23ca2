package org.icsdrill.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option of the commands that work on a server's users, certificates and journals. */
final class DataDirectory {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The server's data directory (default: ~/.icsdrill).")
    private Path given;

    /** The directory given, or {@code ~/.icsdrill}. */
    Path path() {
        return orDefault(given);
    }

    static Path orDefault(Path given) {
        return given != null ? given : Path.of(System.getProperty("user.home"), ".icsdrill");
    }
}
