package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.icsdrill.scenario.load.ScenarioLoader;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.site.Site;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Which site {@code icsdrill run} is on: {@code --site} beats the scenario's {@code site}, which beats the
 * reference site; {@code --site none} is the layout before sites, and {@code --bind} belongs to it only.
 */
class RunSiteTest {

    private static final Scenario ON_FLAT = ScenarioLoader.load("flat.yaml", """
            id: on-flat
            title: On the flat site
            plants: [power]
            duration: 1m
            site: flat
            timeline: []
            """).scenario();

    private static RunSite choose(Scenario played, String... args) {
        CommandLine command = new CommandLine(new RunCommand());
        CommandLine.ParseResult given = command.parseArgs(args);
        return RunSite.choose(command.getCommandSpec(), given.matchedOptionValue("--site", null), played,
                given.matchedOptionValue("--modbus-port", 5020));
    }

    private static String name(RunSite placed) {
        return placed.site().map(Site::name).orElse(RunSite.NONE);
    }

    @Test
    void theReferenceSiteIsTheDefaultWithPowersPlcAt127_0_21_2Port5020() {
        RunSite placed = choose(null);
        assertThat(placed.describe()).isEqualTo("reference (the default; --site none for one flat segment)");
        Site site = placed.site().orElseThrow();
        assertThat(SitePlacement.plc(site, "power").address()).isEqualTo("127.0.21.2");
        assertThat(SitePlacement.modbusPort(site, "power")).isEqualTo(5020);
        assertThat(SitePlacement.scada(site).address()).isEqualTo("127.0.0.10");
    }

    @Test
    void theCommandLineBeatsTheScenarioWhichBeatsTheDefault() {
        assertThat(name(choose(ON_FLAT))).isEqualTo("flat");
        assertThat(choose(ON_FLAT).describe()).isEqualTo("flat (the scenario's)");
        assertThat(name(choose(ON_FLAT, "--site", "reference"))).isEqualTo("reference");
        assertThat(name(choose(null, "--site", "flat"))).isEqualTo("flat");
    }

    @Test
    void siteNoneRunsWithoutASiteAndTakesBind() {
        assertThat(choose(ON_FLAT, "--site", "none").site()).isEmpty();
        RunSite none = choose(null, "--site", "none", "--bind", "127.0.0.1", "--modbus-port", "15020");
        assertThat(none.site()).isEmpty();
        assertThat(none.describe()).isEqualTo("none: one flat segment, no firewall");
    }

    @Test
    void bindOnASiteIsAUsageErrorNamingSiteNone() {
        assertThatThrownBy(() -> choose(ON_FLAT, "--bind", "127.0.0.1"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessage("--bind puts every endpoint on one address, a run without a site; on site flat (the"
                        + " scenario's) each endpoint listens at its host's address. Add --site none to put them on --bind");
    }

    @Test
    void aModbusPortOnASiteIsEveryPlcsPortAndZeroLeavesTheSitesForFreePorts() {
        Site moved = choose(null, "--modbus-port", "15020").site().orElseThrow();
        for (String plant : java.util.List.of("power", "gas", "building", "chemical")) {
            assertThat(SitePlacement.modbusPort(moved, plant)).as(plant).isEqualTo(15020);
        }
        assertThat(SitePlacement.modbusPort(choose(null, "--modbus-port", "0").site().orElseThrow(), "gas"))
                .isEqualTo(5020); // SimulatorHost takes free ports for 0, the conduits following them
    }
}
