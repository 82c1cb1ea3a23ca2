package org.icsdrill.core.capture;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs tshark (Wireshark's dissectors) on a capture. Tests that use it are skipped where tshark is not
 * installed; {@code .ci/run} installs it.
 */
public final class Tshark {

    private Tshark() {
    }

    /** Skips the calling test unless tshark is on the PATH. */
    public static void assumeInstalled() {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            found |= Files.isExecutable(Path.of(dir, "tshark"));
        }
        assumeThat(found).as("tshark is installed (.ci/run installs it)").isTrue();
    }

    /**
     * The packets of {@code capture} that match a display filter, one summary line each, with extra
     * tshark arguments such as {@code -d tcp.port==5020,mbtcp}.
     */
    public static List<String> filter(Path capture, String displayFilter, String... more)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", capture.toString(), "-Y", displayFilter));
        command.addAll(List.of(more));
        return run(command);
    }

    /** Runs a tshark command line and returns its standard output's lines; fails on a non-zero exit. */
    public static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("tshark failed: " + command);
        }
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }

    /** Packets tshark finds malformed or marks with an error: must be none. */
    public static List<String> problems(Path capture, String... decodeAs) throws IOException, InterruptedException {
        return filter(capture, "_ws.malformed || _ws.expert.severity >= error", decodeAs);
    }
}
