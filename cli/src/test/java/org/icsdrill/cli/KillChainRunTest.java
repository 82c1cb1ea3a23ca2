package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.site.HostLogFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled kill chain headless at --speed max on the reference site: without a response it crosses
 * the DMZ and the building's heating is written off (its {@code building_attack} label turns 1); with the
 * scenario's own playbook the supplier's account is disabled in time, the chain stops at the DMZ, and no
 * label turns 1. Each stage leaves its evidence in the hosts' log, none of it before the stage.
 */
class KillChainRunTest {

    static final String SCENARIO = "building-supplier-chain";

    @TempDir
    Path dir;

    private Path run(String name, String... more) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", "--headless", "--scenario", SCENARIO, "--speed", "max",
                "--out", out.toString(), "--modbus-port", "0", "--opcua-port", "0", "--data-dir",
                dir.resolve("data").toString()));
        args.addAll(List.of(more));
        CliTest.Outcome o = CliTest.icsdrill(args.toArray(String[]::new));
        assertThat(o.code()).as(o.err()).isZero();
        return out;
    }

    @Test
    void withoutAResponseTheChainReachesThePlantWithThePlaybookItStopsInTheDmz() throws Exception {
        Path open = run("open");
        assertThat(attackSeconds(open)).as("seconds labelled building_attack").isGreaterThan(60 * 60);
        List<JsonNode> reached = events(open, "stage_reached");
        assertThat(reached).extracting(e -> e.path("id").asText()).containsExactly("phish", "vpn", "rdp", "tool");
        assertThat(reached).extracting(e -> e.path("plant_time").asDouble()).containsExactly(300.0, 1800.0, 2400.0,
                2700.0);
        List<JsonNode> hostEvents = lines(open.resolve(HostLogFile.FILE_NAME));
        for (JsonNode stage : reached) {
            String id = stage.path("id").asText();
            List<JsonNode> evidence = hostEvents.stream()
                    .filter(e -> e.at("/labels/attack_id").asText().equals(id)).toList();
            assertThat(evidence).as("evidence of " + id).isNotEmpty().allSatisfy(e ->
                    assertThat(e.at("/labels/plant_time").asDouble()).isEqualTo(stage.path("plant_time").asDouble()));
        }
        assertThat(hostEvents).filteredOn(e -> e.at("/labels/attack_id").asText().equals("vpn")
                        && e.at("/event/action").asText().equals("logon"))
                .extracting(e -> e.at("/event/code").asText())
                .containsExactly("4625", "4625", "4625", "4625", "4625", "4625", "4624");

        Path contained = run("contained", "--playbook");
        assertThat(attackSeconds(contained)).isZero();
        assertThat(events(contained, "stage_reached")).extracting(e -> e.path("id").asText())
                .containsExactly("phish", "vpn");
        assertThat(events(contained, "stage_blocked")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.path("id").asText()).isEqualTo("rdp");
            assertThat(e.path("text").asText()).isEqualTo("the session as vendor-support on remote-access was ended");
        });
    }

    /** Plant seconds whose {@code building_attack} is 1 in labels.csv. */
    private static long attackSeconds(Path out) throws Exception {
        List<String> rows = Files.readAllLines(out.resolve("labels.csv"));
        int column = List.of(rows.get(0).split(",")).indexOf("building_attack");
        assertThat(column).isPositive();
        return rows.stream().skip(1).filter(r -> r.split(",")[column].equals("1")).count();
    }

    private static List<JsonNode> events(Path out, String type) throws Exception {
        return lines(out.resolve("events.jsonl")).stream().filter(e -> e.path("event").asText().equals(type)).toList();
    }

    private static List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(new ObjectMapper().readTree(line));
        }
        return lines;
    }
}
