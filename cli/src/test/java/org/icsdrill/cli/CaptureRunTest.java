package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vendor's offline workflow (docs/scoring.md): a headless {@code --speed max} run writes
 * {@code capture.pcap} stamped in plant time; it spans the run's plant time, holds every request the
 * journal has, repeats byte for byte, reads cleanly in tshark, and a sensor's alerts on it score in
 * plant time. Tests that dissect are skipped where tshark is not installed ({@code .ci/run} installs it).
 */
class CaptureRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SURICATA =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxx").withZone(ZoneOffset.UTC);
    /** The first PLC's port; on the reference site, a run's PLCs share one port, each at its own address. */
    private static final Pattern MODBUS_PORT = Pattern.compile("Modbus/TCP 127\\.0\\.2\\d\\.2:(\\d+) ");
    private static final Pattern OPCUA_PORT = Pattern.compile("opc\\.tcp://127\\.0\\.0\\.10:(\\d+)/");

    /** Three network attacks from 127.0.0.66, the last over OPC UA. */
    private static final String SCENARIO = """
            id: capture-check
            title: A sensor's view of three network attacks
            plants: [chemical]
            seed: 5
            duration: 2m
            start_time: 2026-03-01T08:00:00Z
            timeline:
              - at: 10s
                attack: {id: ident, kind: device_identification, plant: chemical, duration: 5s}
              - at: 30s
                attack: {id: write, kind: unauthorized_command, target: chemical.R1.FIC101.SP, value: 150, duration: 5s}
              - at: 60s
                attack: {id: ua-write, kind: unauthorized_command, protocol: opcua, target: chemical.R1.FIC101.SP,
                         value: 150, duration: 5s}
            """;

    @TempDir
    Path dir;

    private record Run(Path out, int modbusPort, int opcuaPort) {
        Path capture() {
            return out.resolve("capture.pcap");
        }
    }

    private Run run(String scenario, String name, int modbusPort, int opcuaPort) {
        Path out = dir.resolve(name);
        CliTest.Outcome o = CliTest.icsdrill("run", "--headless", "--scenario", scenario, "--speed", "max", "--out",
                out.toString(), "--modbus-port", String.valueOf(modbusPort), "--opcua-port",
                String.valueOf(opcuaPort), "--data-dir", dir.resolve("data").toString());
        assertThat(o.code()).as(o.err()).isZero();
        return new Run(out, port(MODBUS_PORT, o.out()), port(OPCUA_PORT, o.out()));
    }

    private static int port(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Requests the journal recorded (connects and cuts are not requests). */
    private static long journaledModbusRequests(Path run) throws IOException {
        long requests = 0;
        for (String line : Files.readAllLines(run.resolve("transactions.jsonl"))) {
            JsonNode t = JSON.readTree(line);
            String function = t.path("function").asText();
            if (t.path("protocol").asText().equals("modbus") && !function.equals("connect")
                    && !function.equals("disconnect")) {
                requests++;
            }
        }
        return requests;
    }

    /** The first and last packet's time, read from the libpcap record headers. */
    private static Instant[] span(Path capture) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(capture)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(0)).isEqualTo(0xa1b2c3d4);
        Instant first = null;
        Instant last = null;
        for (int at = 24; at < b.limit(); at += 16 + b.getInt(at + 8)) {
            last = Instant.ofEpochSecond(b.getInt(at) & 0xFFFFFFFFL, (b.getInt(at + 4) & 0xFFFFFFFFL) * 1_000);
            first = first == null ? last : first;
        }
        return new Instant[] {first, last};
    }

    /** A port free now, for two runs on the same ports (0 would give each PLC of each run a port of its own). */
    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void anHourAtMaxSpeedIsCapturedInPlantTimeWithEveryRequestAndRepeatsByteForByte() throws Exception {
        Run first = run("gas-stuxnet", "first", freePort(), freePort());
        Run second = run("gas-stuxnet", "second", first.modbusPort(), first.opcuaPort()); // same ports, same bytes

        assertThat(Files.size(first.capture())).isGreaterThan(1_000_000);
        assertThat(Files.readAllBytes(second.capture())).isEqualTo(Files.readAllBytes(first.capture()));
        Instant start = Instant.parse("2026-01-15T09:00:00Z");
        Instant[] span = span(first.capture());
        assertThat(span[0]).isEqualTo(start.plusSeconds(1)); // the poller's first cycle, at plant second 1
        assertThat(span[1]).isBetween(start.plusSeconds(3599), start.plusSeconds(3601)); // an hour later

        assumeTshark();
        String modbus = "tcp.port==" + first.modbusPort() + ",mbtcp";
        // a segment may carry several requests (the poller pipelines a plant's reads, ADR 24): count the ADUs
        List<String> segments = tshark(first.capture(), "mbtcp && tcp.dstport==" + first.modbusPort(), "-d", modbus,
                "-T", "fields", "-e", "mbtcp.trans_id");
        long requests = segments.stream().mapToLong(ids -> ids.split(",").length).sum();
        assertThat(requests).isEqualTo(journaledModbusRequests(first.out())).isGreaterThan(14_000);
        assertThat((long) segments.size()).as("the poller's four reads of a second in one segment").isLessThan(requests / 3);
        assertThat(tshark(first.capture(), "_ws.malformed || _ws.expert.severity >= error", "-d", modbus)).isEmpty();
        // the scan of closed ports: SYN answered by RST, from the attacker
        assertThat(tshark(first.capture(), "ip.src==127.0.0.1 && tcp.flags.reset==1 && ip.dst==127.0.0.66"))
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aSensorsAlertsOnTheCaptureScoreInPlantTime() throws Exception {
        Path scenario = Files.writeString(dir.resolve("capture-check.yaml"), SCENARIO);
        Run run = run(scenario.toString(), "run", 0, 0);
        assumeTshark();
        // the run took free ports; the capture writes the site's (ADR 22): the PLC's 5020, the SCADA server's 4840
        String[] decode = {"-d", "tcp.port==5020,mbtcp", "-d", "tcp.port==4840,opcua"};
        assertThat(tshark(run.capture(), "_ws.malformed || _ws.expert.severity >= error", decode)).isEmpty();
        assertThat(tshark(run.capture(), "mbtcp", decode)).isNotEmpty();
        assertThat(String.join("\n", tshark(run.capture(), "opcua", decode))).contains("WriteRequest",
                "WriteResponse");

        // a detector that alerts on every packet the attacker sends with data, stamped by the packet's own time
        List<String> fields = tshark(run.capture(), "ip.src==127.0.0.66 && tcp.len > 0", "-T", "fields", "-e",
                "frame.time_epoch", "-e", "tcp.srcport", "-e", "tcp.dstport");
        assertThat(fields).isNotEmpty();
        StringBuilder eve = new StringBuilder();
        for (String line : fields) {
            String[] f = line.split("\t");
            BigDecimal epoch = new BigDecimal(f[0]);
            Instant time = Instant.ofEpochSecond(epoch.longValue(),
                    epoch.remainder(BigDecimal.ONE).movePointRight(9).longValue());
            eve.append("{\"timestamp\":\"").append(SURICATA.format(time)).append("\",\"event_type\":\"alert\",")
                    .append("\"src_ip\":\"127.0.0.66\",\"src_port\":").append(f[1])
                    .append(",\"dest_ip\":\"127.0.0.1\",\"dest_port\":").append(f[2]).append(",\"proto\":\"TCP\",")
                    .append("\"alert\":{\"signature\":\"ICS attacker\",\"signature_id\":9000066}}\n");
        }
        Path alerts = Files.writeString(dir.resolve("eve.json"), eve);
        CliTest.Outcome o = CliTest.icsdrill("score", run.out().toString(), "--alerts", alerts.toString(), "--format",
                "json");
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode score = JSON.readTree(o.out());
        assertThat(score.path("alerts").path("clock").path("clock").asText()).isEqualTo("plant");
        assertThat(score.path("detection").path("detected").asInt()).isEqualTo(3);
        for (JsonNode attack : score.path("attacks")) {
            // the first packet with data comes a few modelled milliseconds after the attack starts
            assertThat(attack.path("time_to_detect_seconds").asDouble()).as(attack.path("id").asText())
                    .isCloseTo(0.005, within(0.005));
        }
    }

    private static void assumeTshark() {
        boolean found = false;
        for (String path : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            found |= Files.isExecutable(Path.of(path, "tshark"));
        }
        assumeThat(found).as("tshark is installed (.ci/run installs it)").isTrue();
    }

    private static List<String> tshark(Path capture, String filter, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of("tshark", "-n", "-r", capture.toString(), "-Y", filter));
        command.addAll(List.of(more));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0).as(String.join(" ", command)).isTrue();
        return out.lines().toList();
    }
}
