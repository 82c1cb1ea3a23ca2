package org.icsdrill.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.api.CouplingJson;
import org.icsdrill.core.coupling.Coupling;
import org.icsdrill.core.coupling.Medium;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.icsdrill.ui.opcua.TagType;
import org.junit.jupiter.api.Test;

/**
 * The overview's flows between coupled plants, from the couplings the server publishes (written and read through
 * their JSON, as on the wire): one per upstream plant, downstream plant and medium, lit while an upstream value
 * the operators see is outside its band.
 */
class SiteFlowViewModelTest {

    static final TagInfo PRESSURE = new TagInfo("gas.PRS1.PT301", "gas", "PRS1.PT301", "Pressure", TagType.REAL,
            "bar", 0, 12, true, false);
    static final TagInfo VOLTAGE = new TagInfo("power.GEN.VT", "power", "GEN.VT", "Voltage", TagType.REAL, "%",
            0, 120, true, false);
    static final TagInfo FREQUENCY = new TagInfo("power.GEN.FT", "power", "GEN.FT", "Frequency", TagType.REAL,
            "Hz", 45, 55, true, false);

    final OverviewViewModel overview = new OverviewViewModel(List.of(
            new PlantInfo("power", "Power", List.of(VOLTAGE, FREQUENCY), Optional.empty(), links(
                    new Coupling("gas-power-fuel", Medium.FUEL_GAS, "gas", "PRS1.PT301", "power", "fuel_gas_pressure",
                            4.5, 5.5, "test"))),
            new PlantInfo("gas", "Gas", List.of(PRESSURE)),
            new PlantInfo("chemical", "Chemical", List.of(), Optional.empty(), links(
                    new Coupling("power-chemical-voltage", Medium.ELECTRICITY, "power", "GEN.VT", "chemical",
                            "bus_voltage", 90, 110, "test"),
                    new Coupling("power-chemical-frequency", Medium.ELECTRICITY, "power", "GEN.FT", "chemical",
                            "bus_frequency", 49.8, 50.2, "test")))),
            Messages.load(Locale.ENGLISH));

    @Test
    void oneFlowPerPairOfPlantsAndMediumDrawnFromUpstream() {
        assertThat(overview.flows()).extracting(f -> f.from() + ">" + f.to() + ":" + f.medium())
                .containsExactly("gas>power:fuel_gas", "power>chemical:electricity");
        assertThat(List.of("gas", "power", "chemical")).extracting(overview::depth).containsExactly(0, 1, 2);
        assertThat(overview.flows()).noneMatch(f -> f.failedProperty().get());
    }

    @Test
    void aFlowIsLitWhileAnUpstreamValueIsOutsideItsBandAndOnlyFromGoodValues() {
        SiteFlowViewModel bus = overview.flows().get(1);
        overview.apply(Map.of(VOLTAGE.id(), sample(VOLTAGE, 100.0), FREQUENCY.id(), sample(FREQUENCY, 49.5)));
        assertThat(bus.failedProperty().get()).as("frequency out of band").isTrue();
        overview.apply(Map.of(FREQUENCY.id(), sample(FREQUENCY, 50.0)));
        assertThat(bus.failedProperty().get()).isFalse();
        overview.apply(Map.of(VOLTAGE.id(), new TagSample(VOLTAGE.id(), null, "Bad_NoCommunication", false, null)));
        assertThat(bus.failedProperty().get()).as("a lost value says nothing of the flow").isFalse();
        overview.apply(Map.of(VOLTAGE.id(), sample(VOLTAGE, 0.0), PRESSURE.id(), sample(PRESSURE, 3.0)));
        assertThat(overview.flows()).allMatch(f -> f.failedProperty().get());
    }

    private static List<CouplingJson.Link> links(Coupling... couplings) {
        return CouplingJson.read(CouplingJson.write(List.of(couplings)));
    }

    private static TagSample sample(TagInfo tag, Object value) {
        return new TagSample(tag.id(), value, "Good", true, null);
    }
}
