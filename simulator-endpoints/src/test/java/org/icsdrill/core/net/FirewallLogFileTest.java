package org.icsdrill.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.icsdrill.core.output.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The firewall's log as ECS JSON lines, stamped in plant time, read back as a SIEM would. */
class FirewallLogFileTest {

    static final Instant START = Instant.parse("2026-02-05T13:30:00Z");

    @Test
    void closingAConduitIsAConfigurationChangeLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(FirewallLogFile.FILE_NAME);
        Firewall firewall = Firewall.of(FirewallTest.ZONES, FirewallTest.RULES, () -> 30.0);
        try (FirewallLogFile log = FirewallLogFile.open(file, t -> START.plusMillis((long) (t * 1000)))) {
            firewall.subscribeChanges(log::changed);
            firewall.closeService("operations-control-chemical", "modbus", 5020);
            firewall.openService("operations-control-chemical", "modbus", 5020);
            firewall.openConduit("operations-control-chemical"); // was not closed: nothing changes, no line
            firewall.closeConduit("operations-control-chemical");
        }

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        JsonNode closed = new ObjectMapper().readTree(lines.get(0));
        assertThat(closed.path("@timestamp").asText()).isEqualTo("2026-02-05T13:30:30Z");
        assertThat(closed.path("event").path("category").toString()).isEqualTo("[\"configuration\"]");
        assertThat(closed.path("event").path("action").asText()).isEqualTo("close-service");
        assertThat(closed.path("observer").path("name").asText()).isEqualTo("fw-ops");
        assertThat(closed.path("rule").path("name").asText()).isEqualTo("operations-control-chemical");
        assertThat(closed.path("destination").path("port").asInt()).isEqualTo(5020);
        assertThat(new ObjectMapper().readTree(lines.get(1)).path("event").path("action").asText())
                .isEqualTo("open-service");
        assertThat(new ObjectMapper().readTree(lines.get(2)).path("event").path("action").asText())
                .isEqualTo("close-conduit");
    }

    @Test
    void eachDecisionIsOneEcsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(FirewallLogFile.FILE_NAME);
        Firewall firewall = Firewall.of(FirewallTest.ZONES, FirewallTest.RULES, () -> 12.5);
        try (FirewallLogFile log = FirewallLogFile.open(file, t -> START.plusMillis((long) (t * 1000)))) {
            firewall.subscribe(log);
            firewall.check("127.0.40.11:51000", "127.0.24.2", 5020, "modbus");
            firewall.check("127.0.0.10:40000", "127.0.24.2", 5020, "modbus");
            firewall.check("127.0.0.1:40000", "127.0.0.10", 4840, "opcua"); // inside a zone: no line
        }

        assertThat(Files.readString(file)).as("every line ends with a newline, the last one too").endsWith("}\n");
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode deny = new ObjectMapper().readTree(lines.get(0));
        assertThat(deny.path("@timestamp").asText()).isEqualTo("2026-02-05T13:30:12.500Z");
        assertThat(deny.path("event").path("action").asText()).isEqualTo("deny");
        assertThat(deny.path("event").path("type").toString()).isEqualTo("[\"connection\",\"denied\"]");
        assertThat(deny.path("observer").path("type").asText()).isEqualTo("firewall");
        assertThat(deny.path("observer").path("ingress").path("zone").asText()).isEqualTo("enterprise");
        assertThat(deny.path("observer").path("egress").path("zone").asText()).isEqualTo("control-chemical");
        assertThat(deny.path("source").path("ip").asText()).isEqualTo("127.0.40.11");
        assertThat(deny.path("source").path("port").asInt()).isEqualTo(51000);
        assertThat(deny.path("destination").path("port").asInt()).isEqualTo(5020);
        assertThat(deny.path("network").path("protocol").asText()).isEqualTo("modbus");
        assertThat(deny.path("rule").path("name").asText()).isEqualTo("default-deny");
        JsonNode allow = new ObjectMapper().readTree(lines.get(1));
        assertThat(allow.path("event").path("action").asText()).isEqualTo("allow");
        assertThat(allow.path("observer").path("name").asText()).isEqualTo("fw-ops");
        assertThat(allow.path("rule").path("name").asText()).isEqualTo("operations-control-chemical");
    }

    @Test
    void aLongRunsLogIsWrittenCompressedByItsNameWithTheSameLines(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain").resolve(FirewallLogFile.FILE_NAME);
        Path zst = dir.resolve("zst").resolve(Compression.ZSTD.fileName(FirewallLogFile.FILE_NAME));
        for (Path file : List.of(plain, zst)) {
            Files.createDirectories(file.getParent());
            Firewall firewall = Firewall.of(FirewallTest.ZONES, FirewallTest.RULES, () -> 12.5);
            try (FirewallLogFile log = FirewallLogFile.open(file, t -> START.plusMillis((long) (t * 1000)))) {
                firewall.subscribe(log);
                firewall.check("127.0.40.11:51000", "127.0.24.2", 5020, "modbus");
                firewall.check("127.0.0.10:40000", "127.0.24.2", 5020, "modbus");
            }
        }

        assertThat(Files.readAllBytes(zst)).as("zstd's magic number").startsWith((byte) 0x28, (byte) 0xb5,
                (byte) 0x2f, (byte) 0xfd);
        assertThat(Files.exists(zst.resolveSibling(FirewallLogFile.FILE_NAME))).isFalse();
        try (InputStream in = Compression.open(zst.resolveSibling(FirewallLogFile.FILE_NAME))) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain));
        }
    }
}
