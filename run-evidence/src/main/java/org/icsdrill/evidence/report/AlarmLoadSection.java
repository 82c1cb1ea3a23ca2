package org.icsdrill.evidence.report;

import java.util.List;
import java.util.Map;
import org.icsdrill.evidence.record.AlarmChange;
import org.icsdrill.evidence.trainees.AlarmLoad;

/**
 * Alarm load after ISA-18.2: raises per 10 minutes with floods marked, and the tags raised most, chattering
 * ones marked; computed from the record's {@code alarm} table (docs/record.md).
 */
final class AlarmLoadSection {

    /** Tags listed at most. */
    private static final int TOP = 10;

    private AlarmLoadSection() {
    }

    static void write(HtmlBuilder html, ReportContext c) {
        ReportTexts t = c.texts();
        List<Map.Entry<String, Double>> raises = c.record().alarms(Integer.MAX_VALUE, "raised").stream()
                .map(a -> Map.entry(a.plant() + "." + a.tag(), a.plantTime())).toList();
        AlarmLoad load = AlarmLoad.of(AlarmLoad.byTag(raises), c.endTime());
        html.section("alarms", t.get("section.alarmLoad"));
        html.p(t.get("text.alarmLoad", load.total(), String.format(java.util.Locale.ROOT, "%.1f",
                load.total() / (double) load.intervals().length), load.peak(), load.floods(),
                load.chattering().size()));
        if (load.total() == 0) {
            html.endSection();
            return;
        }
        html.element("h3", null, t.get("section.alarmRate"));
        html.table(null, t.get("col.interval"), t.get("col.raised"), t.get("col.load"));
        int[] intervals = load.intervals();
        for (int i = 0; i < intervals.length; i++) {
            if (intervals[i] > 0) {
                html.row(c.plantTime(i * AlarmLoad.INTERVAL_S) + " - " + c.plantTime(
                                Math.min(c.endTime(), (i + 1) * AlarmLoad.INTERVAL_S)), intervals[i],
                        intervals[i] > AlarmLoad.FLOOD ? Html.badge("bad", t.get("value.flood"))
                                : intervals[i] > 1 ? t.get("value.busy") : t.get("value.manageable"));
            }
        }
        html.endTable();
        html.element("h3", null, t.get("section.alarmTags"));
        html.table(null, t.get("col.tag"), t.get("col.raised"), t.get("col.mostInAMinute"), t.get("col.chattering"));
        for (AlarmLoad.TagLoad tag : load.tags().subList(0, Math.min(TOP, load.tags().size()))) {
            html.row(tag.tag(), tag.raises(), tag.mostInAMinute(),
                    tag.chattering() ? Html.badge("bad", t.get("value.yes")) : t.get("value.no"));
        }
        html.endTable();
        html.endSection();
    }
}
