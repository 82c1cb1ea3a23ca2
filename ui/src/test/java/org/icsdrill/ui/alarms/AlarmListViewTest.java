package org.icsdrill.ui.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.core.alarm.Alarm;
import org.icsdrill.core.alarm.AlarmLevel;
import org.icsdrill.core.tag.AlarmPriority;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.ExerciseUpdate;
import org.icsdrill.ui.opcua.ExerciseSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The alarm list under re-sorting, headless, fed alarm lists as the server's JSON: the selection
 * stays on the alarm the operator picked (an acknowledge once moved the SIS trip under the pointer,
 * and the next click shelved it).
 */
@ExtendWith(ApplicationExtension.class)
class AlarmListViewTest {

    private static final Alarm TRIP = Alarm.raised("chemical", "SIS.TRIP", AlarmLevel.STATE, AlarmPriority.URGENT,
            true, 10, 1, "SIS trip latched", 1);
    private static final Alarm HOT = Alarm.raised("chemical", "R1.TT101", AlarmLevel.HIGH, AlarmPriority.HIGH,
            true, 20, 357, "Reactor temperature high", 355);

    private AlarmListViewModel model;
    private TableView<AlarmRow> table;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) {
        Messages messages = Messages.load(Locale.ENGLISH);
        model = new AlarmListViewModel(null, messages); // no calls to the server here: only updates
        AlarmListView view = new AlarmListView(model, messages);
        stage.setScene(new Scene(view, 1280, 400));
        stage.show();
        table = (TableView<AlarmRow>) view.lookup("#" + AlarmListView.ID);
    }

    @Test
    void theSelectionStaysOnTheSameAlarmWhenTheListReSorts(FxRobot robot) {
        show(robot, HOT, TRIP);
        assertThat(table.getItems()).extracting(AlarmRow::tagId)
                .containsExactly("chemical.SIS.TRIP", "chemical.R1.TT101");
        robot.clickOn(robot.lookup(".table-row-cell").nth(1).queryAs(javafx.scene.Node.class));
        assertThat(selected()).isEqualTo("chemical.R1.TT101");

        // someone acknowledges the trip: it sorts below the unacknowledged temperature alarm
        show(robot, HOT, TRIP.acknowledgedBy("ines", 30));
        assertThat(table.getItems()).extracting(AlarmRow::tagId)
                .containsExactly("chemical.R1.TT101", "chemical.SIS.TRIP");
        assertThat(selected()).as("still the temperature alarm, now on the first line").isEqualTo("chemical.R1.TT101");
        assertThat(table.getItems().get(1).handledBy()).isEqualTo("ack by ines at 00:00:30");

        // the temperature alarm is acknowledged in turn: new content, same alarm, still selected
        show(robot, HOT.acknowledgedBy("aiko", 31), TRIP.acknowledgedBy("ines", 30));
        assertThat(selected()).isEqualTo("chemical.R1.TT101");

        // it clears and leaves the list: nothing is selected rather than whatever took its line
        show(robot, TRIP.acknowledgedBy("ines", 30));
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
    }

    @Test
    void valueAndLimitColumnsShowWhatTheAlarmCrossed(FxRobot robot) {
        show(robot, HOT);
        AlarmRow row = table.getItems().get(0);
        assertThat(row.value()).isEqualTo("357");
        assertThat(row.limit()).isEqualTo("355");
        assertThat(table.getColumns()).extracting(c -> c.getText()).contains("Value", "Limit",
                "Ack / shelved by");
    }

    private String selected() {
        AlarmRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.tagId();
    }

    private void show(FxRobot robot, Alarm... alarms) {
        String json = ExerciseJson.write(List.of(alarms));
        robot.interact(() -> model.apply(ExerciseUpdate.of(
                Map.of(ExerciseAddress.ALARMS, new ExerciseSample(ExerciseAddress.ALARMS, json)))));
    }
}
