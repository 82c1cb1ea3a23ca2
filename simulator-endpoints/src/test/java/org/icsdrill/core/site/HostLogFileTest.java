package org.icsdrill.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.api.HostEventAction;
import org.icsdrill.api.HostState;
import org.icsdrill.api.SiteView;
import org.icsdrill.core.net.SourcePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hosts' event log as Elastic Common Schema lines, as a SIEM's Windows and Sysmon rules expect them. */
class HostLogFileTest {

    static final Instant ZERO = Instant.parse("2026-02-05T13:30:00Z");

    @Test
    void eachEventIsOneEcsLineStampedInPlantTimeWithItsWindowsEventId(@TempDir Path dir) throws Exception {
        double[] now = {12.5};
        HostEventLog log = new HostEventLog(() -> now[0]);
        SiteHosts hosts = new SiteHosts(List.of(new SiteView.Host("remote-access", "remote-access-gateway", "dmz",
                "127.0.35.30", HostState.CLEAN, List.of(new SiteView.Account("vendor-support", "supplier", true, 0)))),
                new SourcePolicy(), log);
        Path file = dir.resolve(HostLogFile.FILE_NAME);
        try (HostLogFile lines = HostLogFile.open(file, t -> ZERO.plusMillis((long) (t * 1000)), hosts)) {
            log.subscribe(lines);
            log.log(HostEventLog.Entry.of("remote-access", HostEventAction.LOGON, false, "vpn logon")
                    .by("vendor-support").causedBy("stolen-vpn"));
            now[0] = 13;
            log.log(HostEventLog.Entry.of("remote-access", HostEventAction.NETWORK_CONNECTION, true,
                    "connected to engineering").by("ews-admin").to("127.0.0.20", 3389, "rdp"));
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(2);
        JsonNode logon = lines.get(0);
        assertThat(logon.at("/@timestamp").asText()).isEqualTo("2026-02-05T13:30:12.500Z");
        assertThat(logon.at("/ecs/version").asText()).isEqualTo("8.11.0");
        assertThat(logon.at("/event/action").asText()).isEqualTo("logon");
        assertThat(logon.at("/event/category/0").asText()).isEqualTo("authentication");
        assertThat(logon.at("/event/outcome").asText()).isEqualTo("failure");
        assertThat(logon.at("/event/code").asText()).as("a failed logon is 4625").isEqualTo("4625");
        assertThat(logon.at("/event/sequence").asLong()).isEqualTo(1);
        assertThat(logon.at("/host/name").asText()).isEqualTo("remote-access");
        assertThat(logon.at("/host/ip/0").asText()).isEqualTo("127.0.35.30");
        assertThat(logon.at("/user/name").asText()).isEqualTo("vendor-support");
        assertThat(logon.at("/labels/zone").asText()).isEqualTo("dmz");
        assertThat(logon.at("/labels/attack_id").asText()).isEqualTo("stolen-vpn");
        assertThat(logon.at("/labels/plant_time").asDouble()).isEqualTo(12.5);
        assertThat(logon.has("destination")).isFalse();

        JsonNode connection = lines.get(1);
        assertThat(connection.at("/event/code").asText()).as("Sysmon's network connection").isEqualTo("3");
        assertThat(connection.at("/event/type").toString()).isEqualTo("[\"connection\",\"start\"]");
        assertThat(connection.at("/source/ip").asText()).isEqualTo("127.0.35.30");
        assertThat(connection.at("/destination/ip").asText()).isEqualTo("127.0.0.20");
        assertThat(connection.at("/destination/port").asInt()).isEqualTo(3389);
        assertThat(connection.at("/network/protocol").asText()).isEqualTo("rdp");
        assertThat(connection.at("/message").asText()).isEqualTo("connected to engineering");
        assertThat(connection.at("/labels").has("attack_id")).as("normal activity").isFalse();
    }
}
