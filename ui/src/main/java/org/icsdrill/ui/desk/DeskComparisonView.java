package org.icsdrill.ui.desk;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Tables;

/**
 * The desk's middle: the script's side (attacks, faults, injects, trips) beside what the trainees
 * declared and did; a line per attack with its detection and first response; the attacked tags, true
 * against shown, with the time to their limits. Only what is abnormal is coloured: an undetected
 * attack, a shown value that is not the true one, a limit near or passed.
 */
final class DeskComparisonView extends VBox {

    DeskComparisonView(InstructorDeskViewModel model, Messages messages) {
        super(6);
        TableView<TimelineRow> timeline = new TableView<>(model.comparison().rows());
        timeline.setId("desk-timeline");
        timeline.getColumns().add(Tables.column(messages.get("desk.column.time"), TimelineRow::time, 90));
        timeline.getColumns().add(Tables.wrapping(Tables.column(messages.get("desk.column.truth"),
                TimelineRow::truth, 300)));
        timeline.getColumns().add(Tables.wrapping(Tables.column(messages.get("desk.column.trainees"),
                TimelineRow::trainee, 480)));
        timeline.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableView<AttackRow> attacks = new TableView<>(model.comparison().attacks());
        attacks.setId("desk-attacks");
        attacks.getColumns().add(Tables.column(messages.get("desk.column.attack"), AttackRow::attack, 330));
        attacks.getColumns().add(Tables.column(messages.get("desk.column.started"), AttackRow::started, 90));
        attacks.getColumns().add(Tables.column(messages.get("desk.column.toDeclaration"), AttackRow::toDeclaration,
                170, AttackRow::undeclared));
        attacks.getColumns().add(Tables.column(messages.get("desk.column.toResponse"), AttackRow::toResponse, 170,
                AttackRow::unanswered));
        attacks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        attacks.setPrefHeight(110);
        attacks.setMinHeight(80);

        TableView<AttackedTagRow> tags = new TableView<>(model.attackedTags().rows());
        tags.setId("desk-attacked-tags");
        tags.setPlaceholder(new Label(messages.get("desk.noAttackedTags")));
        tags.getColumns().add(Tables.column(messages.get("desk.column.tag"), AttackedTagRow::tag, 170));
        tags.getColumns().add(Tables.wrapping(Tables.column(messages.get("desk.column.attacks"),
                AttackedTagRow::attacks, 190)));
        tags.getColumns().add(Tables.column(messages.get("desk.column.true"), AttackedTagRow::trueValue, 100));
        tags.getColumns().add(Tables.column(messages.get("desk.column.shown"), AttackedTagRow::shown, 100,
                AttackedTagRow::deceived));
        tags.getColumns().add(Tables.column(messages.get("desk.column.limit"), AttackedTagRow::limit, 110));
        tags.getColumns().add(Tables.column(messages.get("desk.column.toLimit"), AttackedTagRow::toLimit, 140,
                AttackedTagRow::urgent));
        tags.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tags.setPrefHeight(120);
        tags.setMinHeight(80);

        getChildren().addAll(title(messages, "desk.timeline"), timeline, title(messages, "desk.attacks"), attacks,
                title(messages, "desk.attackedTags"), tags);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        setPadding(new Insets(0, 8, 0, 0));
    }

    static Label title(Messages messages, String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("tile-title");
        return label;
    }
}
