package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, usage on bad input, never a stack trace. */
class CliTest {

    @TempDir
    Path dataDir;

    record Outcome(int code, String out, String err) {
    }

    static Outcome icsdrill(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = IcsDrill.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void badArgumentsPrintUsageAndExit2() {
        for (String[] args : new String[][] {
                {"run", "--speed", "fast"},
                {"run", "--plant", "nuclear"},
                {"run", "--duration", "2 hours"},
                {"run", "--duration", "0s"},
                {"run", "--modbus-port", "70000"},
                {"run", "--site", "none", "--bind", "no-such-host.invalid"},
                {"run", "--bind", "127.0.0.1"}, // a site places every endpoint: --bind needs --site none
                {"run", "--site", "reference", "--bind", "127.0.0.1"},
                {"run", "--site", "nowhere"},
                {"run", "--no-such-option"},
                {"registers"},
                {"registers", "--plant", "chemical", "--format", "xml"},
                {"pki"},
                {"pki", "trust"},
                {"users"},
                {"users", "add", "ines", "--role", "boss"},
                {"users", "add", "1nes", "--role", "instructor", "--data-dir", dataDir.toString()},
                {"console", "--connect", "http://example"},
                {"console", "--connect", "opc.tcp://127.0.0.1:4840/icsdrill", "--lang", "fr"},
                {"frobnicate"}}) {
            Outcome o = icsdrill(args);
            assertThat(o.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(o.err()).as(String.join(" ", args)).contains("Usage:").doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void trustingSomethingThatIsNotACertificateIsOneClearLine() throws Exception {
        Path junk = java.nio.file.Files.writeString(dataDir.resolve("junk.pem"), "not a certificate");
        Outcome o = icsdrill("pki", "trust", junk.toString(), "--data-dir", dataDir.toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).contains("junk.pem is not an X.509 certificate").doesNotContain("\tat ");
        assertThat(icsdrill("pki", "list", "--data-dir", dataDir.toString()).code()).isZero();
    }

    @Test
    void usersAreAddedWithAPasswordShownOnceAndListedWithTheirRoles() throws Exception {
        Outcome added = icsdrill("users", "add", "ines", "--role", "instructor", "--data-dir", dataDir.toString());

        assertThat(added.code()).isZero();
        assertThat(added.out()).contains("Created user 'operator'", "User 'ines' (instructor) with password '");
        var password = java.util.regex.Pattern.compile("'ines' \\(instructor\\) with password '([^']+)'")
                .matcher(added.out());
        assertThat(password.find()).isTrue();
        assertThat(Files.readString(dataDir.resolve("users.properties"))).contains("ines=instructor:")
                .doesNotContain(password.group(1)); // hashes only
        Outcome listed = icsdrill("users", "list", "--data-dir", dataDir.toString());
        assertThat(listed.out()).containsPattern("ines +instructor").containsPattern("operator +operator");
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(icsdrill("--help").code()).isZero();
        assertThat(icsdrill("--version").out()).startsWith("ICS Drill ");
        assertThat(icsdrill("run", "--help").out()).contains("--speed", "--modbus-port", "--opcua-port");
    }

    /** On the reference site by default: the PLC in its control zone, OPC UA at the SCADA server. */
    @Test
    void aHeadlessRunReachesItsDurationAndExits() throws Exception {
        Outcome o = icsdrill("run", "--headless", "--plant", "chemical", "--speed", "max", "--duration", "10m",
                "--modbus-port", "0", "--opcua-port", "0", "--data-dir", dataDir.toString());
        assertThat(o.err()).doesNotContain("Exception");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("chemical  Modbus/TCP 127.0.24.2:", "OPC UA    opc.tcp://127.0.0.10:",
                "Site      reference (the default; --site none for one flat segment)",
                "Created OPC UA user 'operator'", "00:10:00", "R1.TT101=", "Reached the end of the run at plant time 00:10:00");
        assertThat(Files.list(dataDir.resolve("journal"))).isNotEmpty();
    }

    /** {@code --site none}: the layout before sites, every endpoint on --bind, consecutive Modbus ports. */
    @Test
    void aRunWithoutASitePutsEveryEndpointOnBind() {
        Outcome o = icsdrill("run", "--headless", "--site", "none", "--bind", "127.0.0.1", "--plant", "gas,power",
                "--speed", "max", "--duration", "1s", "--modbus-port", "0", "--opcua-port", "0", "--data-dir",
                dataDir.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("gas       Modbus/TCP 127.0.0.1:", "power     Modbus/TCP 127.0.0.1:",
                "OPC UA    opc.tcp://127.0.0.1:", "Site      none: one flat segment, no firewall");
    }

    @Test
    void aSecondRunDoesNotPrintAPasswordAgain() {
        String[] args = {"run", "--headless", "--plant", "chemical", "--speed", "max", "--duration", "1s",
            "--modbus-port", "0", "--opcua-port", "0", "--data-dir", dataDir.toString()};
        assertThat(icsdrill(args).out()).contains("with password");
        assertThat(icsdrill(args).out()).doesNotContain("with password");
    }

    /** The port taken at the chemical PLC's address: --modbus-port on a site is every PLC's port. */
    @Test
    void aTakenPortIsAClearErrorNotAStackTrace() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.24.2"))) {
            Outcome o = icsdrill("run", "--headless", "--plant", "chemical", "--duration", "1s",
                    "--modbus-port", Integer.toString(taken.getLocalPort()), "--opcua-port", "0",
                    "--data-dir", dataDir.toString());
            assertThat(o.code()).isEqualTo(1);
            assertThat(o.err()).contains("cannot listen").doesNotContain("\tat ");
        }
    }
}
