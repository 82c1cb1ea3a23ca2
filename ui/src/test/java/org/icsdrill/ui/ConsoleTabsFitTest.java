package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.ConsoleViewTest.fx;
import static org.icsdrill.ui.SimulatorFixture.await;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.icsdrill.core.opcua.Role;
import org.icsdrill.ui.common.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At 1280x720, with all four plants and an instructor logged in (the most tabs a console has), every
 * top-level tab's header is drawn inside the window in English and Japanese: none is left to the
 * overflow menu. The plants' mimics and tag tables sit in inner tabs, selected through their group.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleTabsFitTest {

    @TempDir
    static Path dataDir;

    static SimulatorFixture simulator;
    static ConsoleViewModel english;
    static ConsoleViewModel japanese;

    @BeforeAll
    static void open() throws Exception {
        simulator = new SimulatorFixture(dataDir, "power", "gas", "building", "chemical");
        english = simulator.fxConsole(Messages.load(Locale.ENGLISH));
        japanese = simulator.fxConsole(Messages.load(Locale.JAPANESE));
        for (ConsoleViewModel console : List.of(english, japanese)) {
            Consoles.login(console.exercise().session(), Platform::runLater, simulator.user("ines", Role.INSTRUCTOR));
        }
    }

    @AfterAll
    static void close() {
        Consoles.closeAll(english, japanese, simulator);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyTopLevelTabFitsAt1280(String language, FxRobot robot) throws Exception {
        ConsoleViewModel console = language.equals("ja") ? japanese : english;
        Scene scene = fx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new ConsoleView(console), 1280, 720));
            stage.show();
            return stage.getScene();
        });
        TabPane tabs = (TabPane) scene.lookup(".tab-pane");
        await("the instructor tab", () -> fx(() -> tabs.getTabs().stream().anyMatch(t -> "tab-instructor".equals(t.getId()))));
        WaitForAsyncUtils.waitForFxEvents();

        List<Node> headers = fx(() -> tabs.lookupAll(".tab-header-area").stream().filter(a -> a.getParent() == tabs)
                .findFirst().orElseThrow().lookupAll(".tab").stream().toList());
        assertThat(headers).as("a header per top-level tab").hasSize(fx(() -> tabs.getTabs().size()));
        for (Node header : headers) {
            Bounds bounds = fx(() -> header.localToScene(header.getBoundsInLocal()));
            assertThat(bounds.getMaxX()).as(language + " " + header).isLessThanOrEqualTo(1280);
        }
        // a plant's tab is reached through its group, which the shortcuts count as one screen
        robot.interact(() -> assertThat(ConsoleView.select(tabs, "tab-tags-gas")).isTrue());
        assertThat(fx(() -> tabs.getSelectionModel().getSelectedItem().getId())).isEqualTo("tab-tags");
        Tab shown = fx(() -> ConsoleView.selected(tabs));
        assertThat(shown.getId()).isEqualTo("tab-tags-gas");
        robot.interact(() -> scene.getWindow().hide());
    }
}
