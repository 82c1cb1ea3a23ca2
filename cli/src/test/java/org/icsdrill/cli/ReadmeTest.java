package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.modbus.RegisterMapFormat;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.bundled.BundledSites;
import org.icsdrill.scenario.site.Site;
import org.junit.jupiter.api.Test;

/** The README's register maps are generated, not hand-copied: they must match the code. */
class ReadmeTest {

    @Test
    void everyPlantsRegisterMapInTheReadmeIsCurrent() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        for (String plant : Plants.ids()) {
            String begin = "<!-- BEGIN registers " + plant + " -->\n";
            String end = "<!-- END registers " + plant + " -->";
            int from = readme.indexOf(begin);
            int to = readme.indexOf(end);
            assertThat(from).as("README section for " + plant + "; regenerate with scripts/update-readme.sh")
                    .isNotNegative();
            String expected = RegisterMapFormat.markdown(RegisterMap.of(Plants.create(plant).tags()));
            assertThat(readme.substring(from + begin.length(), to))
                    .as("README register map of " + plant + " is stale; run scripts/update-readme.sh")
                    .isEqualTo(expected);
        }
    }

    /**
     * The README's start-up example is a default run: every plant's PLC and the OPC UA server where the
     * reference site puts them, and the Modbus examples connect there.
     */
    @Test
    void theStartUpExampleShowsTheDefaultSitesAddresses() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Site site = BundledSites.load(BundledSites.DEFAULT).orElseThrow().site();
        for (String plant : Plants.ids()) {
            String endpoint = SitePlacement.plc(site, plant).address() + ":" + SitePlacement.modbusPort(site, plant);
            assertThat(readme).contains(String.format("  %-9s Modbus/TCP %s (unit 1)%n", plant, endpoint));
        }
        assertThat(readme).contains("  OPC UA    opc.tcp://" + SitePlacement.scada(site).address() + ":4840/icsdrill\n")
                .contains("mbpoll -1 -m tcp -p 5020 -a 1 -t 3:float -B -r 1 -c 4 "
                        + SitePlacement.plc(site, "chemical").address());
    }

    /** The synopsis of `icsdrill run` in the README names every option the command takes. */
    @Test
    void theRunSynopsisNamesEveryOption() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int from = readme.indexOf("icsdrill run [");
        String synopsis = readme.substring(from, readme.indexOf("```", from));
        new picocli.CommandLine(new RunCommand()).getCommandSpec().options().stream()
                .map(picocli.CommandLine.Model.OptionSpec::longestName)
                .filter(name -> !name.equals("--help") && !name.equals("--version"))
                .forEach(name -> assertThat(synopsis).as("README's run synopsis").contains(name));
    }
}
