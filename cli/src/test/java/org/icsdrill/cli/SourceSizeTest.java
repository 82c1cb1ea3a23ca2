package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One job per class (issue 17): no main source file of any module grows past 400 lines. Run from the
 * cli module, whose parent is the reactor with every module beside it.
 */
class SourceSizeTest {

    static final int MAX_LINES = 400;

    @Test
    void noMainSourceFileIsOver400Lines() throws IOException {
        Path reactor = Path.of("").toAbsolutePath().getParent();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(reactor, 12)) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> reactor.relativize(p).toString().replace('\\', '/').matches("[^/]+/src/main/java/.*"))
                    .toList();
        }

        assertThat(sources).as("the modules' main sources").hasSizeGreaterThan(300);
        assertThat(sources).filteredOn(p -> lines(p) > MAX_LINES).as("files over " + MAX_LINES + " lines").isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
