package org.icsdrill.ui.desk;

import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.api.AttackedTag;
import org.icsdrill.api.DurationText;
import org.icsdrill.ui.common.Messages;

/**
 * The desk's live table of attacked tags, from the instructor-only desk variable: the tags the running
 * attacks name and the tags of attacked plants on their way to a limit, true against shown, and the
 * time to the HH or LL limit at the present rate, where the tag declares one and the trend is clear
 * (the server leaves the time out otherwise, and so does the table).
 */
public final class AttackedTagsViewModel {

    /** Five minutes or less to a limit: the instructor may want to prompt the trainees, or pause. */
    public static final double URGENT_SECONDS = 300;
    /** Shown and true values further apart than this share of the larger are a deception, not noise. */
    static final double DECEIVED_SHARE = 0.02;

    private final Messages messages;
    private final ObservableList<AttackedTagRow> rows = FXCollections.observableArrayList();

    public AttackedTagsViewModel(Messages messages) {
        this.messages = messages;
    }

    void show(List<AttackedTag> tags) {
        List<AttackedTagRow> now = tags.stream().map(this::row).toList();
        if (!now.equals(rows)) {
            rows.setAll(now);
        }
    }

    private AttackedTagRow row(AttackedTag tag) {
        String limit = tag.limit().isEmpty() || tag.limitValue() == null ? "—"
                : tag.limit() + " " + number(tag.limitValue()) + unit(tag);
        Double seconds = tag.secondsToLimit();
        String toLimit = tag.limit().isEmpty() ? messages.get("desk.noLimit")
                : seconds == null ? messages.get("desk.notHeading")
                : seconds <= 0 ? messages.get("desk.beyondLimit", tag.limit())
                : messages.get("desk.inAbout", DurationText.clock(seconds));
        double larger = Math.max(Math.abs(tag.trueValue()), Math.abs(tag.shownValue()));
        boolean deceived = Math.abs(tag.trueValue() - tag.shownValue()) > DECEIVED_SHARE * larger;
        String attacks = String.join(", ", tag.attacks());
        return new AttackedTagRow(tag.plant() + "." + tag.tag(),
                tag.targeted() ? attacks : messages.get("desk.onItsPlant", attacks),
                number(tag.trueValue()) + unit(tag), number(tag.shownValue()) + unit(tag), limit, toLimit, deceived,
                seconds != null && seconds <= URGENT_SECONDS);
    }

    private static String unit(AttackedTag tag) {
        return tag.unit().isBlank() ? "" : " " + tag.unit();
    }

    /** About four significant digits: 21150, 51.3, 0.742. */
    static String number(double value) {
        double size = Math.abs(value);
        int decimals = size >= 1000 ? 0 : size >= 100 ? 1 : size >= 1 ? 2 : 3;
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    public ObservableList<AttackedTagRow> rows() {
        return rows;
    }
}
