package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.icsdrill.core.signal.Removable;
import org.icsdrill.ui.common.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the alarm list, the network monitor and the response screen during a small incident (a
 * spoofed high temperature, a rogue host writing a set point, a declaration) into
 * {@code alarms.png}, {@code network.png} and {@code response.png} of the screenshots directory.
 */
@ExtendWith(ApplicationExtension.class)
class ExerciseScreenshotTest {

    @TempDir
    static Path dataDir;

    static SimulatorFixture simulator;
    static ConsoleViewModel console;
    static Removable hot;
    Scene scene;

    @BeforeAll
    static void incident() throws Exception {
        simulator = new SimulatorFixture(dataDir, "power", "gas", "building", "chemical");
        simulator.simulation.advance(Duration.ofSeconds(30));
        console = simulator.fxConsole(Messages.load(Locale.forLanguageTag(System.getProperty("screenshots.lang", "en"))));
        var chemical = simulator.simulation.plant("chemical");
        int tt101 = chemical.catalog().require("R1.TT101");
        hot = chemical.viewLayer().install((view, plc, t) -> view[tt101] = 365);
        RogueHost.write(simulator, "chemical", "R1.TIC101.SP", 359.0);
        simulator.simulation.advance(Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        if (hot != null) {
            hot.remove();
        }
        SimulatorFixture.close(console, simulator);
    }

    @Start
    void start(Stage stage) {
        scene = new Scene(new ConsoleView(console), 1280, 720);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void alarmsNetworkAndResponse(FxRobot robot) throws Exception {
        var session = console.exercise().session();
        robot.interact(() -> {
            session.usernameProperty().set(simulator.operator().username());
            session.passwordProperty().set(simulator.operator().password());
        });
        WaitForAsyncUtils.asyncFx(session::login).get(10, TimeUnit.SECONDS).get(20, TimeUnit.SECONDS);
        var response = console.exercise().response();
        robot.interact(() -> {
            response.techniqueProperty().set(response.techniques().stream()
                    .filter(t -> t.id().equals("T0836")).findFirst().orElseThrow());
            response.declarationPlantProperty().set("chemical");
            response.assetsProperty().set("R1.TIC101");
            response.textProperty().set("Reactor temperature set point raised from 127.0.0.66");
            response.declare();
            response.targetProperty().set(RogueHost.ADDRESS);
        });
        await("declared", () -> fx(() -> response.log().size()) > 0);
        await("an alarm", () -> fx(() -> console.exercise().alarms().rows().size()) > 0);
        await("the rogue write", () -> fx(() -> console.exercise().network().shown().stream()
                .anyMatch(r -> r.unknownSource())));
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);

        for (String[] shot : new String[][] {{"tab-alarms", "alarms"}, {"tab-network", "network"},
            {"tab-response", "response"}}) {
            robot.interact(() -> ConsoleView.select(tabs, shot[0]));
            WaitForAsyncUtils.waitForFxEvents();
            BufferedImage png = ScreenshotTest.snapshot(scene, shot[1] + suffix() + ".png");
            assertThat(png.getWidth()).isEqualTo(1280);
        }
    }

    private static String suffix() {
        String lang = System.getProperty("screenshots.lang", "en");
        return lang.equals("en") ? "" : "-" + lang;
    }
}
