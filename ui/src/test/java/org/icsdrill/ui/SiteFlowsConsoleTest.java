package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.icsdrill.plants.Plants;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.overview.SiteFlowViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A console on a coupled site (docs/coupling.md), in Japanese: the server publishes what flows into each plant,
 * and the overview draws the flows and lights the one that failed, from what the operators see, first the fuel
 * gas, then the bus, without cutting a label short.
 */
class SiteFlowsConsoleTest extends LiveConsoleTest {

    Scene scene;

    @BeforeAll
    static void connect() throws Exception {
        openCoupled(Messages.load(Locale.JAPANESE), Plants.ids().toArray(String[]::new));
    }

    @Start
    void start(Stage stage) {
        scene = showConsole(stage, 720);
    }

    @Test
    void theFlowThatFailsIsLitFirstTheFuelGasThenTheBus(FxRobot robot) throws Exception {
        List<SiteFlowViewModel> flows = console.overview().flows();
        assertThat(flows).extracting(f -> f.from() + ">" + f.to() + ":" + f.medium()).containsExactly(
                "gas>power:fuel_gas", "power>building:electricity", "power>chemical:electricity");
        assertThat(console.plants().stream().filter(p -> p.id().equals("power")).findFirst().orElseThrow()
                .supplies()).extracting(l -> l.id()).containsExactly("gas-power-fuel");
        Label fuel = robot.lookup("#site-flow-gas-power-fuel_gas").queryAs(Label.class);
        Label bus = robot.lookup("#site-flow-power-chemical-electricity").queryAs(Label.class);
        assertThat(fx(fuel::getText)).isEqualTo("燃料ガス");

        var sim = simulator.simulation;
        sim.advance(Duration.ofSeconds(5));
        sim.executeNow(s -> {
            s.plant("gas").memory().set(s.plant("gas").catalog().require("SIS.XV301"), 0); // the slam-shut trips
            return null;
        });
        sim.advance(Duration.ofMinutes(3));
        await("the fuel gas lit", () -> fx(() -> fuel.getStyleClass().contains("abnormal")));
        assertThat(fx(fuel::getText)).isEqualTo("燃料ガス：正常範囲外");
        assertThat(fx(() -> bus.getStyleClass().contains("abnormal"))).as("the bus still up").isFalse();

        sim.advance(Duration.ofMinutes(5));
        await("the bus lit", () -> fx(() -> bus.getStyleClass().contains("abnormal")));
        Drawn.assertNothingClipped(scene, "overview with the flows lit, in Japanese");
        ScreenshotTest.snapshot(scene, "overview-couplings.png"); // target/screenshots, for a person to look at
    }
}
