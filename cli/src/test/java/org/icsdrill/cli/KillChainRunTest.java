package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.site.HostLogFile;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.stix.TruthBundleCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled kill chains headless at --speed max on the reference site: without a response each reaches
 * its plant (its {@code <plant>_attack} label turns 1); with the scenario's own playbook it is contained
 * before, no label turns 1 and no process limit is crossed, and each stage reached is detected by a
 * declaration on its host. Each stage leaves its evidence in the hosts' log, none of it before the stage, and
 * is in attacks.jsonl with its technique, hosts and zones.
 */
class KillChainRunTest {

    /** A bundled kill chain: its plant, its stages reached and when without a response, and where its playbook stops it. */
    record Chain(String scenario, String plant, List<String> stages, List<Double> times, int reachedWithPlaybook,
                 String blocked) {
        @Override
        public String toString() {
            return scenario;
        }
    }

    static List<Chain> chains() {
        return List.of(
                new Chain("building-supplier-chain", "building", List.of("phish", "vpn", "rdp", "tool"),
                        List.of(300.0, 1800.0, 2400.0, 2700.0), 2,
                        "the session as vendor-support on remote-access was ended"),
                new Chain("gas-stuxnet-usb", "gas", List.of("usb", "rootkit", "project", "download"),
                        List.of(600.0, 780.0, 1500.0, 1800.0), 2, "engineering is quarantined"),
                new Chain("chemical-triton-chain", "chemical", List.of("phish", "jump", "ops", "sis", "download"),
                        List.of(300.0, 900.0, 1500.0, 2100.0, 2400.0), 3, "engineering is quarantined"),
                new Chain("power-ukraine-2015", "power", List.of("phish", "vpn", "hmi", "wipe"),
                        List.of(300.0, 1500.0, 2100.0, 2460.0), 2,
                        "the session as m.kovalenko on remote-access was ended"),
                new Chain("multi-downad-worm", "gas", List.of("usb", "smb-pc2", "smb-directory", "smb-operations"),
                        List.of(300.0, 420.0, 480.0, 600.0), 3,
                        "the smb connection from directory to engineering did not go through"));
    }

    @TempDir
    Path dir;

    private String scenario;

    private Path run(String name, String... more) {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", "--headless", "--scenario", scenario, "--speed", "max",
                "--out", out.toString(), "--modbus-port", "0", "--opcua-port", "0", "--data-dir",
                dir.resolve("data").toString()));
        args.addAll(List.of(more));
        CliTest.Outcome o = CliTest.icsdrill(args.toArray(String[]::new));
        assertThat(o.code()).as(o.err()).isZero();
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chains")
    void withoutAResponseTheChainReachesThePlantWithThePlaybookItStopsBeforeIt(Chain chain) throws Exception {
        scenario = chain.scenario();
        Path open = run("open");
        TruthBundleCheck.assertValid(open); // issue 16: the answer key as STIX 2.1, a technique per attack
        assertThat(attackSeconds(open, chain.plant())).as("seconds labelled " + chain.plant() + "_attack")
                .isGreaterThan(10 * 60);
        List<JsonNode> reached = events(open, "stage_reached");
        assertThat(reached).extracting(e -> e.path("id").asText()).containsExactlyElementsOf(chain.stages());
        assertThat(reached).extracting(e -> e.path("plant_time").asDouble()).containsExactlyElementsOf(chain.times());
        assertThat(stageSeconds(open)).as("the stage column of labels.csv").containsExactlyElementsOf(
                chain.times().stream().map(t -> t.longValue() + ":" + chain.stages().get(chain.times().indexOf(t)))
                        .toList());
        List<JsonNode> stageLines = lines(open.resolve("attacks.jsonl")).stream()
                .filter(a -> a.path("kind").asText().equals("stage")).toList();
        assertThat(stageLines).extracting(a -> a.path("id").asText()).containsExactlyElementsOf(chain.stages());
        for (JsonNode line : stageLines) {
            JsonNode event = reached.get(chain.stages().indexOf(line.path("id").asText()));
            assertThat(line.path("start_plant_time").asDouble()).isEqualTo(event.path("plant_time").asDouble());
            assertThat(line.path("technique").asText()).isEqualTo(event.path("technique").asText()).startsWith("T0");
            assertThat(line.path("host").asText()).isEqualTo(event.path("host").asText());
            assertThat(line.path("zone").asText()).as("the zone of " + line).isNotEmpty();
            assertThat(line.path("to_zone").asText().isEmpty()).as("a move names its host's zone: " + line)
                    .isEqualTo(event.path("to").asText().isEmpty());
        }
        List<JsonNode> hostEvents = lines(open.resolve(HostLogFile.FILE_NAME));
        List<CaptureSyns> syns = CaptureSyns.read(open.resolve("capture.pcap"));
        for (JsonNode stage : reached) {
            String id = stage.path("id").asText();
            List<JsonNode> evidence = hostEvents.stream()
                    .filter(e -> e.at("/labels/attack_id").asText().equals(id)).toList();
            // a move to a PLC leaves no host event: its flow is the attack's own Modbus traffic
            if (!stage.path("to").asText().endsWith("-plc")) {
                assertThat(evidence).as("evidence of " + id).isNotEmpty();
            }
            assertThat(evidence).allSatisfy(e -> assertThat(e.at("/labels/plant_time").asDouble())
                    .as("none before its stage").isEqualTo(stage.path("plant_time").asDouble()));
            // a move's connection, as the host's log has it, is in the capture at the same plant second
            for (JsonNode connection : evidence.stream().filter(e -> e.at("/event/code").asText().equals("3")).toList()) {
                Instant at = Instant.parse(connection.path("@timestamp").asText());
                assertThat(syns).as("the capture's SYN of " + id + "'s connection " + connection).anyMatch(s ->
                        s.source().equals(connection.at("/source/ip").asText())
                                && s.destination().equals(connection.at("/destination/ip").asText())
                                && !s.time().isBefore(at) && s.time().isBefore(at.plusSeconds(1)));
            }
        }

        if (chain.scenario().equals("gas-stuxnet-usb")) { // the ground truth names the incident it follows
            assertThat(lines(open.resolve("attacks.jsonl"))).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.path("software").toString()).isEqualTo("[\"S0603\"]"));
            assertThat(reached).allSatisfy(e -> assertThat(e.path("software").toString()).isEqualTo("[\"S0603\"]"));
        }

        if (chain.scenario().equals("power-ukraine-2015")) { // it ends in a cascade through the site's bus
            assertThat(tripTimes(open)).containsOnlyKeys("power", "chemical").allSatisfy((plant, at) ->
                    assertThat(at).as(plant + " tripped").isBetween(2445.0, 2460.0));
            assertThat(columnSeconds(open, "building_impact")).isPositive();
            assertThat(columnSeconds(open, "chemical_impact")).isPositive();
            assertThat(columnSeconds(open, "power_impact")).as("the attacked plant is not impacted").isZero();
        }

        Path contained = run("contained", "--playbook");
        if (chain.scenario().equals("power-ukraine-2015")) {
            assertThat(tripTimes(contained)).isEmpty();
            assertThat(columnSeconds(contained, "building_impact") + columnSeconds(contained, "chemical_impact"))
                    .isZero();
        }
        TruthBundleCheck.assertValid(contained);
        assertThat(attackSeconds(contained, chain.plant())).isZero();
        assertThat(events(contained, "stage_reached")).extracting(e -> e.path("id").asText())
                .containsExactlyElementsOf(chain.stages().subList(0, chain.reachedWithPlaybook()));
        assertThat(events(contained, "stage_blocked")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.path("id").asText()).isEqualTo(chain.stages().get(chain.reachedWithPlaybook()));
            assertThat(e.path("text").asText()).isEqualTo(chain.blocked());
        });
        // the after-action report tells the chain's course: how far it got, when it was stopped, the plant spared
        assertThat(report(open)).contains("<h2>Kill chain</h2>", chain.stages().get(chain.stages().size() - 1),
                "no response stopped it;", "it got into a control or the safety zone;", "it reached a plant",
                "No incident was declared after the chain began.");
        assertThat(report(contained)).contains(chain.reachedWithPlaybook() + " stage(s) reached",
                "a response stopped the chain at", "it stayed out of the control and safety zones;",
                "no attack reached a plant: ", " never ran.", "The chain was detected at ");
        // the score: each stage reached detected by a declaration on its host, no plant limit crossed
        String score = CliTest.icsdrill("report", contained.toString()).out();
        assertThat(score).contains("Kill chain: " + chain.reachedWithPlaybook() + " stage(s) reached",
                "kept out of the control zones; no plant reached, never ran: ",
                "Outcome: no damage, 0 trips, 0.0 plant-minutes out of limits");
        for (String stage : chain.stages().subList(0, chain.reachedWithPlaybook())) {
            assertThat(score).containsPattern("(?m)^" + java.util.regex.Pattern.quote(stage) + " +T0\\d{3} .* playbook ");
        }
    }

    /** The supplier's VPN logon comes after the stuffing: six failures, then the one that worked. */
    @Test
    void credentialStuffingLeavesItsFailedLogonsBeforeTheOneThatWorked() throws Exception {
        scenario = "building-supplier-chain";
        Path open = run("open", "--duration", "31m");
        assertThat(lines(open.resolve(HostLogFile.FILE_NAME))).filteredOn(e -> e.at("/labels/attack_id").asText()
                        .equals("vpn") && e.at("/event/action").asText().equals("logon"))
                .extracting(e -> e.at("/event/code").asText())
                .containsExactly("4625", "4625", "4625", "4625", "4625", "4625", "4624");
    }

    private static String report(Path run) throws Exception {
        CliTest.Outcome o = CliTest.icsdrill("report", run.toString());
        assertThat(o.code()).as(o.err()).isZero();
        return Files.readString(run.resolve("report.html"));
    }

    /** Each row of labels.csv naming a stage: its plant second and the stage. */
    private static List<String> stageSeconds(Path out) throws Exception {
        List<String> rows = RunFiles.lines(out.resolve("labels.csv")); // labels.csv.zst in the runs over an hour
        int column = List.of(rows.get(0).split(",")).indexOf("stage");
        List<String> seconds = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            String[] fields = rows.get(i).split(",", -1);
            if (!fields[column].isEmpty()) {
                seconds.add((i - 1) + ":" + fields[column]);
            }
        }
        return seconds;
    }

    /** Plant seconds whose {@code <plant>_attack} is 1 in labels.csv. */
    private static long attackSeconds(Path out, String plant) throws Exception {
        return columnSeconds(out, plant + "_attack");
    }

    /** Plant seconds whose column is 1 in labels.csv. */
    private static long columnSeconds(Path out, String name) throws Exception {
        List<String> rows = RunFiles.lines(out.resolve("labels.csv"));
        int column = List.of(rows.get(0).split(",")).indexOf(name);
        assertThat(column).as(name).isPositive();
        return rows.stream().skip(1).filter(r -> r.split(",")[column].equals("1")).count();
    }

    /** When each plant first tripped, from the record. */
    private static java.util.Map<String, Double> tripTimes(Path out) throws Exception {
        java.util.Map<String, Double> trips = new java.util.TreeMap<>();
        try (RecordReader record = RecordReader.open(out.resolve("record.sqlite"))) {
            record.statusChanges().stream().filter(s -> s.trip()).forEach(s -> trips.putIfAbsent(s.plant(), s.plantTime()));
        }
        return trips;
    }

    private static List<JsonNode> events(Path out, String type) throws Exception {
        return lines(out.resolve("events.jsonl")).stream().filter(e -> e.path("event").asText().equals(type)).toList();
    }

    private static List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : RunFiles.lines(file)) {
            lines.add(new ObjectMapper().readTree(line));
        }
        return lines;
    }
}
