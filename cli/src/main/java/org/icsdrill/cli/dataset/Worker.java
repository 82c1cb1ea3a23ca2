package org.icsdrill.cli.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of a dataset in its own worker process: {@code icsdrill run --headless --speed max} with the run's
 * scenario, seed, duration and directory, on free ports; its output goes to the run's log and its status
 * lines tell how far its plant time has got.
 */
final class Worker {

    /** The plant clock that starts a status line: {@code 01:02:03} or {@code 1d 01:02:03}. */
    private static final Pattern CLOCK = Pattern.compile("^(?:(\\d+)d )?(\\d+):(\\d\\d):(\\d\\d) ");

    private final String mainClass;
    private final List<String> extraArguments;

    /**
     * @param mainClass      the command line's main class, started on this JVM's class path
     * @param extraArguments more options of {@code icsdrill run} for every run ({@code --no-capture})
     */
    Worker(String mainClass, List<String> extraArguments) {
        this.mainClass = mainClass;
        this.extraArguments = List.copyOf(extraArguments);
    }

    /** The worker's command: this JVM's java and class path, {@code run} and the run's options. */
    List<String> command(PlannedRun run, Path out, Path dataDirectory) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // a 24 h day of four plants peaks at about 270 MB resident with this heap (docs/performance.md)
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                mainClass, "run", "--headless", "--scenario", run.scenario(), "--seed", Long.toString(run.seed()),
                "--speed", "max", "--duration", Math.round(run.seconds() * 1000) + "ms", "--out", out.toString(),
                "--modbus-port", "0", "--opcua-port", "0", "--data-dir", dataDirectory.toString()));
        command.addAll(extraArguments);
        return command;
    }

    /**
     * Runs one worker to its end, its output into {@code log}, telling {@code progress} its plant seconds;
     * returns its exit code.
     */
    int run(PlannedRun run, Path out, Path dataDirectory, Path log, DoubleConsumer progress, Processes live)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(run, out, dataDirectory)).redirectErrorStream(true);
        Process process = live.start(builder);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer logged = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                logged.write(line);
                logged.write('\n');
                plantSeconds(line).ifPresent(progress::accept);
            }
        } finally {
            live.forget(process);
        }
        return process.waitFor();
    }

    /** The plant time a worker's status line reports. */
    static Optional<Double> plantSeconds(String line) {
        Matcher m = CLOCK.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        return Optional.of(days * 86_400.0 + Long.parseLong(m.group(2)) * 3600 + Long.parseLong(m.group(3)) * 60
                + Long.parseLong(m.group(4)));
    }
}
