package org.icsdrill.ui;

import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.icsdrill.ui.alarms.AlarmListView;

/**
 * The console's keyboard shortcuts, as on a control-room keyboard: F9 acknowledges the selected (or
 * the first unacknowledged) alarm, Shift+F9 every alarm shown; Ctrl+1 to Ctrl+9 switch to the n-th
 * screen, F8 to the alarm list.
 */
final class ConsoleShortcuts {

    static final KeyCombination ACKNOWLEDGE = new KeyCodeCombination(KeyCode.F9);
    static final KeyCombination ACKNOWLEDGE_ALL = new KeyCodeCombination(KeyCode.F9, KeyCombination.SHIFT_DOWN);
    static final KeyCombination ALARMS = new KeyCodeCombination(KeyCode.F8);

    private ConsoleShortcuts() {
    }

    /** Installs the shortcuts on the scene of {@code root} once it has one. */
    static void install(Node root, TabPane tabs, AlarmListView alarms) {
        root.sceneProperty().addListener((o, before, scene) -> {
            if (scene == null) {
                return;
            }
            var accelerators = scene.getAccelerators();
            accelerators.put(ACKNOWLEDGE, alarms::acknowledgeSelected);
            accelerators.put(ACKNOWLEDGE_ALL, alarms::acknowledgeAll);
            accelerators.put(ALARMS, () -> ConsoleView.select(tabs, "tab-alarms"));
            KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
            for (int i = 0; i < digits.length; i++) {
                int index = i;
                accelerators.put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                        () -> tabs.getSelectionModel().select(Math.min(index, tabs.getTabs().size() - 1)));
            }
        });
    }
}
