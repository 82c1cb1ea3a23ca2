package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The screenshots' check for cut texts finds a label cut short, and lets whole ones and cells be. */
@ExtendWith(ApplicationExtension.class)
class DrawnClippingTest {

    Scene scene;
    Label label;

    @Start
    void start(Stage stage) {
        label = new Label("プラント時刻 00:12:34 | 実行中 x10");
        label.setMaxWidth(60);
        ListView<String> cells = new ListView<>();
        cells.getItems().add("a cell may be cut: its column can be widened by whoever reads it");
        cells.setMaxWidth(80);
        scene = new Scene(new HBox(8, label, new Button("OK"), cells), 400, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLabelCutShortIsFound(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThatThrownBy(() -> Drawn.assertNothingClipped(scene, "the bar"))
                .hasMessageContaining("the bar: texts cut short")
                .hasMessageContaining("'プラント時刻 00:12:34 | 実行中 x10' drawn as");
    }

    @Test
    void wholeTextsPass(FxRobot robot) {
        robot.interact(() -> label.setMaxWidth(Double.MAX_VALUE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThatCode(() -> Drawn.assertNothingClipped(scene, "the bar")).doesNotThrowAnyException();
    }
}
