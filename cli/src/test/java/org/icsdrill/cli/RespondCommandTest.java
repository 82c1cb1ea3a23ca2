package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.core.opcua.Credentials;
import org.icsdrill.core.sim.Speed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code icsdrill respond} over a real OPC UA socket against an in-process simulator. */
class RespondCommandTest {

    @TempDir
    static Path dataDir;
    private static SimulatorHost host;
    private static Credentials operator;
    private static Path passwordFile;

    @BeforeAll
    static void start() throws Exception {
        host = SimulatorHost.start(new RunOptions(List.of("chemical"), Speed.REAL_TIME, null, 3, 0, 0,
                InetAddress.getLoopbackAddress(), dataDir));
        operator = host.opcUa().createdDefaultOperator().orElseThrow();
        passwordFile = dataDir.resolve("operator.password");
        Files.writeString(passwordFile, operator.password() + "\n");
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static CliTest.Outcome respond(String... args) {
        String[] all = new String[args.length + 7];
        all[0] = "respond";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(new String[] {"--connect", host.opcUa().endpointUrl(), "--user", operator.username(),
                "--password-file", passwordFile.toString()}, 0, all, args.length + 1, 6);
        return CliTest.icsdrill(all);
    }

    @Test
    void isolatesAHostAndTheActionIsOnTheTimelineUnderTheUsersName() {
        CliTest.Outcome o = respond("isolate_host", "--target", "127.0.0.66");

        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("isolated 127.0.0.66 at every endpoint");
        assertThat(host.policy().isolatedHosts()).contains("127.0.0.66");
        assertThat(host.exercise().timeline()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.RESPONSE);
            assertThat(e.user()).isEqualTo(operator.username());
        });
    }

    @Test
    void aRefusedActionExitsNonZeroWithTheServersReason() {
        CliTest.Outcome o = respond("restore_program", "--plant", "chemical");

        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).contains("restore_program needs an engineer's account").doesNotContain("\tat ");
    }

    @Test
    void theServersAnswerIsSaidInTheLanguageAskedFor() {
        CliTest.Outcome refused = respond("restore_program", "--plant", "chemical", "--lang", "ja");
        CliTest.Outcome done = respond("escalate", "--target", "plant manager", "--lang", "ja");

        assertThat(refused.err()).contains("restore_program にはエンジニアのアカウントが必要です");
        assertThat(done.out()).contains("plant manager にエスカレーションしました");
    }

    @Test
    void closingAConduitOfARunWithoutASiteIsRefusedWithTheReason() {
        CliTest.Outcome o = respond("close_conduit", "--target", "enterprise-dmz rdp/3389");
        CliTest.Outcome ja = respond("close_conduit", "--target", "enterprise-dmz", "--lang", "ja");

        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).contains("this run has no site network with conduits: there is no conduit to close");
        assertThat(ja.err()).contains("この演習にはコンジットのあるサイトのネットワークがないため、閉じるコンジットはありません");
    }

    @Test
    void aWrongPasswordIsRefusedAtLogin() throws Exception {
        Path wrong = dataDir.resolve("wrong.password");
        Files.writeString(wrong, "not-the-password");
        CliTest.Outcome o = CliTest.icsdrill("respond", "escalate", "--connect", host.opcUa().endpointUrl(),
                "--user", operator.username(), "--password-file", wrong.toString());

        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err()).contains("login as '" + operator.username() + "' refused");
    }

    @Test
    void badArgumentsPrintUsageAndExit2() {
        for (String[] args : new String[][] {
                {"respond", "isolate", "--connect", "opc.tcp://127.0.0.1:1/x", "--user", "u", "--password-file", "f"},
                {"respond", "isolate_host", "--user", "u"},
                {"respond", "isolate_host", "--connect", "http://x", "--user", "u", "--password-file", "f"},
                {"respond"}}) {
            CliTest.Outcome o = CliTest.icsdrill(args);
            assertThat(o.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(o.err()).as(String.join(" ", args)).contains("Usage: icsdrill respond").doesNotContain("\tat ");
        }
    }
}
