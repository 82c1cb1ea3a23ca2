package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One headless run of the bundled chemical-oldsmar scenario, made once per test JVM and shared by the
 * test classes that read a run's output (export, report), so that the build plays it only once.
 */
final class OldsmarRun {

    private static Path run;

    private OldsmarRun() {
    }

    /** The run's --out folder (labels.csv, record.sqlite...), playing the scenario on first use. */
    static synchronized Path folder() {
        if (run == null) {
            try {
                Path dir = Files.createTempDirectory("icsdrill-oldsmar-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path out = dir.resolve("run");
                CliTest.Outcome o = CliTest.icsdrill("run", "--headless", "--scenario", "chemical-oldsmar", "--speed",
                        "max", "--out", out.toString(), "--modbus-port", "0", "--opcua-port", "0", "--data-dir",
                        dir.resolve("data").toString());
                assertThat(o.code()).as(o.err()).isZero();
                run = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return run;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it up eventually
        }
    }
}
