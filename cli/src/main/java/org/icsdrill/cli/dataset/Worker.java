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
import org.icsdrill.api.DurationText;

/**
 * One run of a dataset in its own worker process: {@code icsdrill run --headless --speed max} with the run's
 * scenario, seed, duration and directory, on free ports; its output goes to the run's log and its status
 * lines tell how far its plant time has got.
 */
final class Worker {


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
        return DurationText.leadingClock(line); // a status line starts with the plant clock
    }
}
