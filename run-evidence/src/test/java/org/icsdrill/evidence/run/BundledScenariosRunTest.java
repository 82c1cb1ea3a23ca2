package org.icsdrill.evidence.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.evidence.run.ScenarioRun;
import org.icsdrill.evidence.stix.TruthBundleCheck;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.bundled.BundledScenarios;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.hosts.PlantEndpoint;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.model.Layer;
import org.icsdrill.scenario.model.Scenario;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario runs to its end with the real attack library, its labels match its attack log, no
 * alarm chatters, and its truth STIX bundle is valid with an attack-pattern for each of its techniques.
 */
class BundledScenariosRunTest {

    /** All but the kill chains, whose stages need the site's hosts of a real run (cli's KillChainRunTest). */
    static List<String> names() {
        return BundledScenarios.names().stream()
                .filter(n -> !BundledScenarios.load(n).orElseThrow().scenario().isKillChain()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void runsToItsEndAndLabelsCoverExactlyItsAttackWindows(String name, @TempDir Path out) throws Exception {
        Scenario scenario = BundledScenarios.load(name).orElseThrow().scenario();
        Simulation sim = new Simulation(new SimulationConfig(SimulationConfig.DEFAULT_TICK, Speed.MAX,
                scenario.seed(), scenario.startTime().orElse(Instant.EPOCH)).withZone(scenario.timeZone()),
                scenario.plants().stream().map(Plants::create).toList());
        SourcePolicy policy = new SourcePolicy();
        List<ModbusTcpServer> servers = new ArrayList<>();
        List<Transaction> journaled;
        AlarmRaises raises = AlarmRaises.watch(sim);
        try (TransactionJournal journal = TransactionJournal.inMemory(100_000)) {
            List<PlantEndpoint> endpoints = new ArrayList<>();
            for (String plant : scenario.plants()) {
                ModbusTcpServer server = ModbusTcpServer.start(sim.plant(plant), ModbusServerConfig.loopback(0),
                        journal, policy, "test");
                servers.add(server);
                endpoints.add(new PlantEndpoint(plant, new InetSocketAddress(server.address(), server.port()),
                        RegisterMap.of(sim.plant(plant).catalog())));
            }
            LiveEffectContext context = new LiveEffectContext(sim, policy, endpoints, HostAddresses.defaults());
            try (ScenarioRun run = ScenarioRun.attach(scenario, context, StandardEffects.INSTANCE, out, false)) {
                sim.advance(scenario.duration());
            }
            if (needsNetwork(scenario)) {
                assertThat(journal.recent()).as("the attacker's traffic is on the wire")
                        .anySatisfy(t -> assertThat(t.source()).startsWith("127.0.0.66:"));
            }
            journaled = journal.recent();
        } finally {
            servers.forEach(ModbusTcpServer::close);
        }
        System.out.println(name + ": " + raises.total() + " alarms raised; chattering: " + raises.chattering());
        assertThat(raises.chattering()).as("no bundled scenario declares a chattering alarm (ISA-18.2: 3 or more"
                + " raises of one tag within 60 s)").isEmpty();
        assertLabelsMatchAttackLog(scenario, out);
        TruthBundleCheck.assertValid(out); // issue 16: the answer key as STIX 2.1
        if (name.equals("building-frostygoop")) {
            assertTheZonesFallAsFrostyGoopsNotesSay(out);
        }
        assertDeliveryMatchesTheJournal(out, journaled);
        assertTheNotesWritesAreJournaled(scenario, journaled);
    }

    /**
     * An attack delivered over the network has journaled requests from its source_host within its span;
     * one delivered otherwise names no source host, and while no network attack runs beside it the
     * journal has nothing from the attacker.
     */
    private static void assertDeliveryMatchesTheJournal(Path out, List<Transaction> journal) throws Exception {
        List<JsonNode> attacks = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(ScenarioRun.ATTACKS))) {
            attacks.add(new ObjectMapper().readTree(line));
        }
        for (JsonNode attack : attacks) {
            String id = attack.get("id").asText();
            double start = attack.get("start_plant_time").asDouble();
            double end = attack.get("end_plant_time").asDouble();
            if (attack.get("delivery").asText().equals("network")) {
                String host = attack.get("source_host").asText();
                assertThat(journal).as(id + ": requests from " + host + " within its span").anyMatch(t ->
                        t.source().startsWith(host + ":") && t.plantTimeSeconds() >= start - 1
                                && t.plantTimeSeconds() <= end + 1);
            } else {
                assertThat(attack.get("source_host").isNull()).as(id + ": no source host").isTrue();
                boolean networkBeside = attacks.stream().anyMatch(a -> a.get("delivery").asText().equals("network")
                        && a.get("start_plant_time").asDouble() <= end + 1
                        && a.get("end_plant_time").asDouble() >= start - 1);
                if (!networkBeside) {
                    assertThat(journal).as(id + ": nothing from the attacker while it alone runs").noneMatch(t ->
                            t.source().startsWith("127.0.0.66:") && t.plantTimeSeconds() >= start
                                    && t.plantTimeSeconds() <= end);
                }
            }
        }
    }

    /**
     * The instructor notes say only what the run does: every tag a sentence about a write names was
     * written over the network (the journal shows {@code TAG=value}); every sentence naming the
     * attacker's address comes with requests from it.
     */
    private static void assertTheNotesWritesAreJournaled(Scenario scenario, List<Transaction> journal) {
        List<String> tags = new ArrayList<>();
        scenario.plants().forEach(p -> Plants.create(p).tags().all().forEach(d -> tags.add(d.name())));
        for (String sentence : scenario.instructorNotes().replace('\n', ' ').split("(?<=[.;:])\\s+")) {
            if (sentence.matches("(?s).*\\bwrit(e|es|ten|ing)\\b.*")) {
                for (String tag : tags) {
                    if (sentence.matches("(?s).*(?<![A-Za-z0-9_.])" + java.util.regex.Pattern.quote(tag)
                            + "(?![A-Za-z0-9_]|\\.[A-Za-z0-9]).*")) {
                        assertThat(journal).as(scenario.id() + ": the notes say " + tag + " is written: \"" + sentence
                                + "\"").anyMatch(t -> t.isWrite() && t.values().contains(tag + "="));
                    }
                }
            }
        }
        if (scenario.instructorNotes().contains(scenario.hosts().attacker())) {
            assertThat(journal).as(scenario.id() + ": the notes name the attacker, who sends requests")
                    .anyMatch(t -> t.source().startsWith(scenario.hosts().attacker() + ":"));
        }
    }

    /**
     * building-frostygoop's notes: heating cut at 20:00 (plant 2 h); about 0.7 K lost in the first half hour,
     * then about 0.35 K an hour; 19 °C passed shortly before midnight, near 18.9 °C at 00:00 (plant 6 h).
     */
    private static void assertTheZonesFallAsFrostyGoopsNotesSay(Path out) throws Exception {
        List<String> rows = Files.readAllLines(out.resolve("historian.csv"));
        List<String> header = List.of(rows.get(0).split(","));
        int zone = header.indexOf("building.Z1.TT:true");
        java.util.function.IntToDoubleFunction at = s -> Double.parseDouble(rows.get(s + 1).split(",")[zone]);
        double cut = at.applyAsDouble(7200);
        double halfHour = cut - at.applyAsDouble(9000);
        double perHour = (at.applyAsDouble(9000) - at.applyAsDouble(20_700)) / 3.25;
        double midnight = at.applyAsDouble(rows.size() - 2);
        int below19 = java.util.stream.IntStream.range(7200, rows.size() - 1).filter(s -> at.applyAsDouble(s) < 19)
                .findFirst().orElse(-1);
        System.out.printf("frostygoop Z1: %.2f °C at 20:00, -%.2f K in 30 min, -%.2f K/h after, below 19 °C at"
                + " plant %d s, %.2f °C at 00:00%n", cut, halfHour, perHour, below19, midnight);
        assertThat(halfHour).isBetween(0.4, 0.8);
        assertThat(perHour).isBetween(0.25, 0.45);
        assertThat(below19).as("19 °C passed between 23:00 and midnight").isBetween(18_000, 21_600);
        assertThat(midnight).isBetween(18.6, 19.2);
    }

    /** Only network-layer attacks put the attacker's own requests on the wire. */
    private static boolean needsNetwork(Scenario scenario) {
        return scenario.attacks().stream().anyMatch(a -> a.kind().layer() == Layer.NETWORK
                && !a.kind().yamlName().startsWith("block_"));
    }

    private static void assertLabelsMatchAttackLog(Scenario scenario, Path out) throws Exception {
        List<double[]> windows = new ArrayList<>();
        List<List<String>> plants = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(ScenarioRun.ATTACKS))) {
            JsonNode attack = new ObjectMapper().readTree(line);
            windows.add(new double[] {attack.get("start_plant_time").asDouble(), attack.get("end_plant_time").asDouble()});
            List<String> touched = new ArrayList<>();
            attack.get("plants").forEach(p -> touched.add(p.asText()));
            plants.add(touched);
        }
        assertThat(windows).as("one logged window per attack").hasSize(scenario.attacks().size());
        List<String> rows = Files.readAllLines(out.resolve(ScenarioRun.LABELS));
        String[] header = rows.get(0).split(",", -1);
        long seconds = scenario.duration().toSeconds();
        assertThat(rows).hasSize((int) seconds + 1);
        for (int s = 0; s < seconds; s++) {
            String[] row = rows.get(s + 1).split(",", -1);
            boolean any = false;
            for (int p = 0; p < scenario.plants().size(); p++) {
                boolean plantAttacked = false;
                for (int a = 0; a < windows.size(); a++) {
                    if (windows.get(a)[0] <= s && s < windows.get(a)[1]
                            && plants.get(a).contains(scenario.plants().get(p))) {
                        plantAttacked = true;
                    }
                }
                assertThat(row[2 + p]).as(header[2 + p] + " at second " + s).isEqualTo(plantAttacked ? "1" : "0");
                any |= plantAttacked;
            }
            assertThat(row[1]).as("attack at second " + s).isEqualTo(any ? "1" : "0");
        }
    }
}
