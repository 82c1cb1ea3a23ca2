package org.icsdrill.ui.desk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.api.DurationText;
import org.icsdrill.api.ExpectedDetection;
import org.icsdrill.api.ExpectedResponse;
import org.icsdrill.api.ResponseRule;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.ui.common.Messages;

/**
 * The instructor's comparison: the ground truth, injects and trips beside what the trainees declared
 * and did, and a line per attack with the time to its detection and to its response, both by the
 * report's rules (an attack without an expected response has none). Fed from the whole timeline,
 * which the server sends only to an instructor's session, and the scenario's expectations from the
 * desk's own variable.
 */
public final class TimelineComparisonViewModel {

    private final Messages messages;
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AttackRow> attacks = FXCollections.observableArrayList();
    private List<TimelineEntry> timeline = List.of();
    private Set<String> techniqueRequired = Set.of();
    private Map<String, List<ResponseRule.Expected>> responses = Map.of();
    private List<TimelineAlignment.AttackSummary> summaries = List.of();
    private double now;

    public TimelineComparisonViewModel(Messages messages) {
        this.messages = messages;
    }

    void show(List<TimelineEntry> entries) {
        timeline = List.copyOf(entries);
        rows.setAll(TimelineAlignment.align(timeline).stream()
                .map(p -> new TimelineRow(DurationText.clock(p.plantTime()), describe(p.truth()), describe(p.trainee())))
                .toList());
        summarize();
    }

    /**
     * The scenario's expectations: the attacks whose detection asks for the technique (the report
     * detects those only with it), and the actions that answer the attacks a response is expected to
     * (by the first expectation of each attack; the others have no response).
     */
    void expect(List<ExpectedDetection> detect, List<ExpectedResponse> respond) {
        Set<String> required = detect.stream().filter(ExpectedDetection::technique).map(ExpectedDetection::attack)
                .collect(Collectors.toUnmodifiableSet());
        Map<String, List<ResponseRule.Expected>> answers = new HashMap<>();
        respond.forEach(r -> answers.putIfAbsent(r.attack(), r.actions()));
        if (!required.equals(techniqueRequired) || !answers.equals(responses)) {
            techniqueRequired = required;
            responses = Map.copyOf(answers);
            summarize();
        }
    }

    /** Plant time moves on: an undetected attack whose window has closed is missed, not "not yet". */
    void at(double plantTime) {
        boolean closes = summaries.stream().anyMatch(s -> s.toDeclaration().isEmpty()
                && s.detectableUntil() >= now && s.detectableUntil() < plantTime);
        now = plantTime;
        if (closes) {
            attacks.setAll(summaries.stream().map(this::attack).toList());
        }
    }

    private void summarize() {
        summaries = TimelineAlignment.attacks(timeline, techniqueRequired, responses);
        attacks.setAll(summaries.stream().map(this::attack).toList());
    }

    private AttackRow attack(TimelineAlignment.AttackSummary summary) {
        TimelineEntry start = summary.start();
        String name = messages.get("desk.attackName", start.what(), TimelineAlignment.technique(start),
                String.join(", ", TimelineAlignment.places(start).stream().sorted().toList()));
        String detected = summary.toDeclaration().isPresent() ? delay(summary.toDeclaration())
                : messages.get(now > summary.detectableUntil() ? "desk.missed" : "desk.notYet");
        String responded = summary.responseExpected() ? delay(summary.toResponse())
                : messages.get("desk.noResponseExpected");
        return new AttackRow(name, DurationText.clock(start.plantTime()), detected, responded,
                summary.toDeclaration().isEmpty(), summary.responseExpected() && summary.toResponse().isEmpty());
    }

    private String delay(OptionalDouble seconds) {
        return seconds.isPresent() ? messages.get("desk.after", DurationText.clock(seconds.getAsDouble()))
                : messages.get("desk.notYet");
    }

    /** {@code Declared · chemical T0836: TIC101: set point moved — aiko}; the script's and plants' lines without a user. */
    private String describe(TimelineEntry entry) {
        if (entry == null) {
            return "";
        }
        String what = entry.kind() == TimelineEntry.Kind.PLANT_STATUS
                ? messages.get("desk.plantStatus." + entry.what()) : entry.what();
        String host = entry.kind() == TimelineEntry.Kind.DECLARATION ? entry.target() : ""; // a declaration's host
        String subject = Stream.of(entry.plant(), host, what).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" "));
        String text = messages.get("timeline.kind." + entry.kind().name())
                + (subject.isEmpty() ? "" : " · " + subject)
                + (entry.detail().isBlank() ? "" : ": " + entry.detail());
        return TimelineAlignment.script(entry.kind()) ? text : messages.get("desk.by", text, entry.user());
    }

    /** Plant-time order; the script's side and the trainees' of the same second side by side. */
    public ObservableList<TimelineRow> rows() {
        return rows;
    }

    public ObservableList<AttackRow> attacks() {
        return attacks;
    }
}
