package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -cp ... org.icsdrill.ui.ConsoleMain --connect URL} in its own JVM (headless under
 * Monocle): it connects, browses and subscribes, as the server's journal shows.
 */
class ConsoleMainLaunchTest {

    @TempDir
    Path dataDir;

    @Test
    void mainConnectsBrowsesAndSubscribes() throws Exception {
        try (SimulatorFixture simulator = new SimulatorFixture(dataDir.resolve("data"), "chemical")) {
            Path log = dataDir.resolve("console.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path")));
            for (String property : List.of("testfx.robot", "testfx.headless", "prism.order", "prism.text",
                    "glass.platform", "monocle.platform", "java.awt.headless")) {
                if (System.getProperty(property) != null) {
                    command.add("-D" + property + "=" + System.getProperty(property));
                }
            }
            command.addAll(List.of(ConsoleMain.class.getName(), "--connect", simulator.endpoint.endpointUrl()));
            Process console = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                try {
                    // a new JVM loads JavaFX, Milo, Netty and Bouncy Castle first: generous on two shared cores
                    SimulatorFixture.await("the console's monitored items", 60, () -> !console.isAlive()
                            || simulator.journal.recent().stream().anyMatch(t -> t.function().equals("CreateMonitoredItems")
                            && t.address().endsWith("chemical.R1.TT101")));
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "; journal " + simulator.journal.recent().stream()
                            .map(t -> t.function()).distinct().toList() + "; console output: " + read(log), e);
                }
                assertThat(console.isAlive()).as(() -> "console exited early: " + read(log)).isTrue();
            } finally {
                console.destroy();
                console.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void withoutConnectItPrintsTheUsageAndExitsWithStatus2() throws Exception {
        Process console = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ConsoleMain.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(console.getInputStream().readAllBytes());

        assertThat(console.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(console.exitValue()).isEqualTo(2);
        assertThat(output).contains(ConsoleMain.USAGE);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (Exception e) {
            return e.toString();
        }
    }
}
