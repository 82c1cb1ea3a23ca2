package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four plants as one site (docs/coupling.md), run from the command line twice on one seed, once with an
 * attack on the gas plant's slam-shut limit at 10 minutes: the same to the last historian column until then,
 * after it the power unit and the plants on its bus follow the gas plant down, and only the gas plant is
 * labelled attacked, the others impacted. With the couplings switched off the other plants never know.
 */
class CouplingRunTest {

    private static final int ATTACK_SECOND = 600;

    @TempDir
    static Path dir;
    private static Run attacked;
    private static Run quiet;
    private static Run attackedAlone;
    private static Run quietAlone;

    @BeforeAll
    static void runFourTimes() throws Exception {
        Path withAttack = scenario("attacked", """
                  - at: 10m
                    attack: {id: slam-shut-limit, kind: modify_parameter, target: gas.SIS.PSHH302, value: 4}
                """);
        Path without = scenario("quiet", """
                  - at: 10m
                    inject: {text: "Nothing happens."}
                """);
        quiet = Run.of(without, "quiet", true);
        attacked = Run.of(withAttack, "attacked", true);
        quietAlone = Run.of(without, "quiet-alone", false);
        attackedAlone = Run.of(withAttack, "attacked-alone", false);
    }

    @Test
    void everyHistorianColumnIsTheSameBeforeTheAttackAndTheDownstreamPlantsDivergeAfterIt() {
        assertThat(attacked.historian.subList(0, ATTACK_SECOND + 2))
                .as("header and every row before 10 min").isEqualTo(quiet.historian.subList(0, ATTACK_SECOND + 2));
        assertThat(attacked.differing(quiet, "gas.")).as("the attacked plant").isNotEmpty();
        assertThat(attacked.differing(quiet, "power.")).as("the unit it fuels")
                .contains("power.FUEL.PT:true", "power.PROT.TRIP:true", "power.GEN.VT:true");
        assertThat(attacked.differing(quiet, "building.")).as("the building on the unit's bus").contains("building.EG.RUN:true");
        assertThat(attacked.differing(quiet, "chemical.")).as("the reactor on the unit's bus")
                .contains("chemical.EG.RUN:true", "chemical.R1.FT101:true");
    }

    @Test
    void onlyTheGasPlantIsLabelledAttackedTheOthersImpacted() throws Exception {
        assertThat(attacked.labels.get(0)).isEqualTo("timestamp,attack,power_attack,gas_attack,building_attack,"
                + "chemical_attack,power_impact,gas_impact,building_impact,chemical_impact,technique,step,stage");
        assertThat(attacked.seconds("gas_attack")).first().isEqualTo(ATTACK_SECOND);
        for (String plant : List.of("power", "building", "chemical")) {
            assertThat(attacked.seconds(plant + "_attack")).as(plant + " attacked").isEmpty();
            assertThat(attacked.seconds(plant + "_impact")).as(plant + " impacted").isNotEmpty()
                    .allSatisfy(s -> assertThat(s).isGreaterThan(ATTACK_SECOND));
        }
        assertThat(attacked.seconds("gas_impact")).isEmpty();
        assertThat(attacked.seconds("power_impact").get(0)).as("the unit deviates before the site's bus falls")
                .isLessThan(attacked.seconds("building_impact").get(0));
        assertThat(quiet.seconds("power_impact")).as("nothing attacked, nothing impacted").isEmpty();

        JsonNode line = new ObjectMapper().readTree(Files.readAllLines(attacked.out.resolve("attacks.jsonl")).get(0));
        assertThat(line.get("plants").toString()).isEqualTo("[\"gas\"]");
        assertThat(line.get("downstream").toString()).isEqualTo("[\"power\",\"building\",\"chemical\"]");
    }

    @Test
    void withCouplingsSwitchedOffTheOtherPlantsStayTheSameThroughout() throws Exception {
        assertThat(attackedAlone.differing(quietAlone, "gas.")).isNotEmpty();
        for (String plant : List.of("power.", "building.", "chemical.")) {
            assertThat(attackedAlone.differing(quietAlone, plant)).as(plant).isEmpty();
        }
        assertThat(attackedAlone.labels.get(0)).doesNotContain("_impact");
        assertThat(Files.readString(attackedAlone.out.resolve("attacks.jsonl"))).doesNotContain("downstream");
    }

    @Test
    void theRunSaysWhichPlantsAreCoupledAndTheSiteListsEachCoupling() {
        assertThat(attacked.banner).contains(
                "  Couplings gas → power (fuel_gas); power → building, chemical (electricity) (docs/coupling.md)");
        assertThat(attackedAlone.banner).contains("  Couplings none (--no-couplings: each plant as alone)");

        CliTest.Outcome site = CliTest.icsdrill("site");
        assertThat(site.code()).isZero();
        List<String> lines = site.out().lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("COUPLING ")).findFirst().orElseThrow());
        assertThat(lines.subList(header + 1, lines.size())).hasSize(5).first().satisfies(l -> assertThat(l.split(" {2,}"))
                .startsWith("gas-power-fuel", "fuel_gas", "gas.PRS1.PT301 → power.fuel_gas_pressure", "4.5 to 5.5 bar"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("power-chemical-frequency")
                .contains("power.GEN.FT → chemical.bus_frequency", "49.8 to 50.2 Hz"));
    }

    private static Path scenario(String name, String step) throws Exception {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, """
                id: %s
                title: Four plants, one site
                plants: [power, gas, building, chemical]
                seed: 5
                duration: 18m
                start_time: 2026-01-19T09:00:00+09:00
                timeline:
                %s""".formatted(name, step));
        return file;
    }

    /** One headless run's historian and labels. */
    private record Run(Path out, String banner, List<String> historian, List<String[]> cells, List<String> labels) {

        static Run of(Path scenario, String name, boolean coupled) throws Exception {
            Path out = dir.resolve("out-" + name);
            List<String> args = new ArrayList<>(List.of("run", "--headless", "--scenario", scenario.toString(),
                    "--speed", "max", "--out", out.toString(), "--modbus-port", "0", "--opcua-port", "0",
                    "--site", "none", "--no-hosts", "--no-capture", "--data-dir", dir.resolve("data").toString()));
            if (!coupled) {
                args.add("--no-couplings");
            }
            CliTest.Outcome o = CliTest.icsdrill(args.toArray(String[]::new));
            assertThat(o.code()).as(o.err()).isZero();
            List<String> historian = Files.readAllLines(out.resolve("historian.csv"));
            return new Run(out, o.out(), historian, historian.stream().map(row -> row.split(",", -1)).toList(),
                    Files.readAllLines(out.resolve("labels.csv")));
        }

        /** The historian columns of the plant (a prefix such as {@code power.}) that differ from another run's. */
        List<String> differing(Run baseline, String prefix) {
            String[] header = cells.get(0);
            return IntStream.range(0, header.length).filter(c -> header[c].startsWith(prefix))
                    .filter(c -> IntStream.range(1, cells.size()).anyMatch(r ->
                            !cells.get(r)[c].equals(baseline.cells.get(r)[c])))
                    .mapToObj(c -> header[c]).toList();
        }

        /** The plant seconds a label column is 1. */
        List<Integer> seconds(String column) {
            int c = List.of(labels.get(0).split(",")).indexOf(column);
            return IntStream.range(1, labels.size()).filter(r -> labels.get(r).split(",", -1)[c].equals("1"))
                    .map(r -> r - 1).boxed().toList();
        }
    }
}
