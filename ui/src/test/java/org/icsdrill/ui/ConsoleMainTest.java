package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleMainTest {

    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void takesTheEndpointInEitherForm() {
        assertThat(parse("--connect", "opc.tcp://127.0.0.1:4840/icsdrill")).isEqualTo("opc.tcp://127.0.0.1:4840/icsdrill");
        assertThat(parse("--connect=opc.tcp://h:1/icsdrill")).isEqualTo("opc.tcp://h:1/icsdrill");
    }

    @Test
    void aMissingOrWrongOptionPrintsTheUsage() {
        assertThat(parse()).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing --connect").contains(ConsoleMain.USAGE);
        assertThat(parse("--conect", "x")).isNull();
        assertThat(parse("--connect", "http://x")).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown or incomplete option: --conect")
                .contains("not an opc.tcp:// URL: http://x");
    }

    private String parse(String... args) {
        return ConsoleMain.parse(args, new PrintStream(err, true, StandardCharsets.UTF_8)).orElse(null);
    }
}
