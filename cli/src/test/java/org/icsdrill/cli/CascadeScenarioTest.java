package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled cascade scenario, played as a drill plays it: what its instructor notes say happens, happens. */
class CascadeScenarioTest {

    @TempDir
    static Path dir;
    private static List<String[]> historian;
    private static List<String> header;
    private static List<String> labels;
    private static Path out;

    @BeforeAll
    static void play() throws Exception {
        out = dir.resolve("out");
        // the first 20 of its 45 minutes: the cascade is over by 17:00, and the plants have settled
        CliTest.Outcome o = CliTest.icsdrill("run", "--headless", "--scenario", "multi-gas-cascade", "--speed", "max",
                "--duration", "20m",
                "--out", out.toString(), "--modbus-port", "0", "--opcua-port", "0", "--site", "none", "--no-capture",
                "--no-hosts", "--data-dir", dir.resolve("data").toString());
        assertThat(o.code()).as(o.err()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("historian.csv"));
        header = List.of(rows.get(0).split(","));
        historian = rows.stream().skip(1).map(r -> r.split(",")).toList();
        labels = Files.readAllLines(out.resolve("labels.csv"));
    }

    @Test
    void theGasNetworkEmptiesAndTheUnitRunsBackThenTripsOnLowFuelGasPressure() {
        assertThat(first("gas.SIS.XV301:true", v -> v == 0)).as("slam-shut at once").isBetween(600, 601);
        assertThat(first("power.FUEL.PT:true", v -> v < 4.5)).as("low alarm about 11:30").isBetween(670, 710);
        assertThat(first("power.BLR.RB:true", v -> v == 1)).as("runback armed about 13:00").isBetween(760, 800);
        assertThat(first("power.GOV.PREF:true", v -> v < 390)).as("run back from about 15:20").isBetween(925, 965);
        int trip = first("power.PROT.TRIP:true", v -> v == 1);
        assertThat(trip).as("master fuel trip about 16:05").isBetween(950, 980);
        assertThat(value(trip + 1, "power.PROT.CAUSE:true")).isEqualTo(5);
        assertThat(value(trip + 1, "power.AREA.LOST:true")).as("the tie carries the area").isZero();
        assertThat(value(trip + 1, "power.GEN.VT:true")).as("the site's bus is dead").isZero();
    }

    @Test
    void theReactorHeatsWhileItWaitsForItsGeneratorTripsAndCools() {
        int trip = first("power.PROT.TRIP:true", v -> v == 1);
        assertThat(first("chemical.EG.RUN:true", v -> v == 1) - trip).as("10 s generator").isBetween(9, 12);
        assertThat(first("chemical.SIS.TRIP:true", v -> v == 1)).isBetween(trip, trip + 20);
        assertThat(max("chemical.R1.TT101:true")).as("about 420 K").isBetween(405.0, 435.0);
        assertThat(max("chemical.R1.PT101:true")).as("about 630 kPa, short of the relief valve")
                .isBetween(550.0, 700.0);
        assertThat(value(historian.size() - 1, "chemical.R1.TT101:true")).isBetween(279.0, 281.0);
        assertThat(value(historian.size() - 1, "chemical.R1.XS101:true")).isZero();
    }

    @Test
    void theBuildingsGeneratorTakesItsFireLoadsAfter40sAndTheHeatingStops() {
        int trip = first("power.PROT.TRIP:true", v -> v == 1);
        assertThat(first("building.EG.RUN:true", v -> v == 1) - trip).isBetween(39, 42);
        double water = value(trip, "building.BLR.TT:true");
        double end = value(historian.size() - 1, "building.BLR.TT:true");
        assertThat(end).as("the heating water cools slowly").isLessThan(water).isGreaterThan(water - 3);
        assertThat(value(historian.size() - 1, "building.Z1.TT:true")).as("the zones hold").isBetween(20.0, 22.0);
    }

    @Test
    void onlyTheGasPlantIsAttacked() {
        List<String> columns = List.of(labels.get(0).split(","));
        for (String plant : List.of("power", "building", "chemical")) {
            int attacked = columns.indexOf(plant + "_attack");
            int impacted = columns.indexOf(plant + "_impact");
            assertThat(labels.stream().skip(1).map(l -> l.split(",", -1)[attacked])).as(plant).containsOnly("0");
            assertThat(labels.stream().skip(1).map(l -> l.split(",", -1)[impacted])).as(plant).contains("1");
        }
    }

    @Test
    void theReportDrawsTheCascadeOnItsTimelineInBothLanguages() throws Exception {
        for (String language : List.of("en", "ja")) {
            Path report = dir.resolve("report-" + language + ".html");
            CliTest.Outcome o = CliTest.icsdrill("report", out.toString(), "--lang", language, "--out",
                    report.toString());
            assertThat(o.code()).as(o.err()).isZero();
            String html = Files.readString(report);
            String fuel = language.equals("en") ? "gas → power (fuel gas)" : "gas → power (燃料ガス)";
            String bus = language.equals("en") ? "power → building (electricity)" : "power → building (電力)";
            assertThat(html).contains(fuel, bus, language.equals("en") ? ">impacted<" : ">影響開始<");
            assertThat(html.indexOf(fuel)).as("the unit is impacted before the site's bus falls")
                    .isLessThan(html.indexOf(bus));
        }
    }

    private static int column(String name) {
        int c = header.indexOf(name);
        assertThat(c).as(name).isNotNegative();
        return c;
    }

    private static double value(int second, String name) {
        return Double.parseDouble(historian.get(second)[column(name)]);
    }

    private static int first(String name, java.util.function.DoublePredicate test) {
        int c = column(name);
        return IntStream.range(0, historian.size()).filter(s -> test.test(Double.parseDouble(historian.get(s)[c])))
                .findFirst().orElse(-1);
    }

    private static double max(String name) {
        int c = column(name);
        return historian.stream().mapToDouble(r -> Double.parseDouble(r[c])).max().orElseThrow();
    }
}
