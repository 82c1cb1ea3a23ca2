package org.icsdrill.ui.desk;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.api.DurationText;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.ui.common.Messages;

/**
 * The instructor's comparison: the ground truth beside what the trainees declared and did, and a
 * line per attack with the time to the first declaration and the first response. Fed from the
 * whole timeline, which the server sends only to an instructor's session.
 */
public final class TimelineComparisonViewModel {

    private final Messages messages;
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AttackRow> attacks = FXCollections.observableArrayList();

    public TimelineComparisonViewModel(Messages messages) {
        this.messages = messages;
    }

    void show(List<TimelineEntry> timeline) {
        rows.setAll(TimelineAlignment.align(timeline).stream()
                .map(p -> new TimelineRow(DurationText.clock(p.plantTime()), describe(p.truth()), describe(p.trainee())))
                .toList());
        attacks.setAll(TimelineAlignment.attacks(timeline).stream().map(this::attack).toList());
    }

    private AttackRow attack(TimelineAlignment.AttackSummary summary) {
        TimelineEntry start = summary.start();
        String name = messages.get("desk.attackName", start.what(), start.detail(),
                String.join(", ", TimelineAlignment.plants(start).stream().sorted().toList()));
        return new AttackRow(name, DurationText.clock(start.plantTime()), delay(summary.toDeclaration()),
                delay(summary.toResponse()), summary.toDeclaration().isEmpty(),
                summary.toResponse().isEmpty());
    }

    private String delay(OptionalDouble seconds) {
        return seconds.isPresent() ? messages.get("desk.after", DurationText.clock(seconds.getAsDouble()))
                : messages.get("desk.notYet");
    }

    /** {@code Declared · chemical T0836: TIC101: set point moved — aiko}; the script's own lines without a user. */
    private String describe(TimelineEntry entry) {
        if (entry == null) {
            return "";
        }
        String subject = Stream.of(entry.plant(), entry.what()).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" "));
        String text = messages.get("timeline.kind." + entry.kind().name())
                + (subject.isEmpty() ? "" : " · " + subject)
                + (entry.detail().isBlank() ? "" : ": " + entry.detail());
        return entry.kind().isGroundTruth() ? text : messages.get("desk.by", text, entry.user());
    }

    /** Plant-time order; ground truth and trainees of the same second side by side. */
    public ObservableList<TimelineRow> rows() {
        return rows;
    }

    public ObservableList<AttackRow> attacks() {
        return attacks;
    }
}
