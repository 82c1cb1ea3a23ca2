package org.icsdrill.evidence.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.record.TagInfo;

/** A chart per tag that an attack named: true value against the operator's view, attack windows shaded. */
final class ChartSection {

    private ChartSection() {
    }

    static void write(HtmlBuilder html, ReportContext c) {
        ReportTexts t = c.texts();
        html.section("charts", t.get("section.charts"));
        html.p(t.get("text.charts"));
        Map<String, List<RecordReader.Attack>> tags = attackedTags(c.record().attacks());
        if (tags.isEmpty()) {
            html.p(t.get("text.noCharts"));
        }
        int n = 0;
        for (Map.Entry<String, List<RecordReader.Attack>> entry : tags.entrySet()) {
            Optional<TagInfo> tag = tag(c.record(), entry.getKey());
            if (tag.isEmpty()) {
                continue;
            }
            TagInfo info = tag.get();
            html.raw("<figure class=\"chart\">\n");
            html.element("figcaption", null, info.qualifiedName() + " — " + info.description()
                    + (info.unit() == null || info.unit().isEmpty() ? "" : " [" + info.unit() + "]") + ". "
                    + t.get("text.chartAttacks", String.join(", ", entry.getValue().stream()
                            .map(a -> a.id() + " (" + a.technique() + ")").toList())));
            Optional<long[]> range = c.record().historianRange(info.plant());
            if (range.isEmpty()) {
                html.p(t.get("chart.noData"));
            } else {
                List<RecordReader.Sample> samples = c.record().series(info.plant(), info.name(), range.get()[0],
                        range.get()[1]);
                List<TagChart.Window> windows = entry.getValue().stream().map(a -> new TagChart.Window(a.id(),
                        a.start(), a.end().orElse(c.endTime()))).toList();
                html.raw(TagChart.svg("chart" + (++n), info, samples, windows, c.endTime(), t)).raw("\n");
            }
            html.raw("</figure>\n");
        }
        html.endSection();
    }

    /** Qualified tag names in the order the attacks first name them, each with the attacks that name it. */
    static Map<String, List<RecordReader.Attack>> attackedTags(List<RecordReader.Attack> attacks) {
        Map<String, List<RecordReader.Attack>> tags = new LinkedHashMap<>();
        for (RecordReader.Attack attack : attacks) {
            for (String target : attack.targets()) {
                tags.computeIfAbsent(target, k -> new ArrayList<>()).add(attack);
            }
        }
        return tags;
    }

    private static Optional<TagInfo> tag(RecordReader record, String qualified) {
        int dot = qualified.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String plant = qualified.substring(0, dot);
        String name = qualified.substring(dot + 1);
        return record.plants().contains(plant)
                ? record.tagInfo(plant).stream().filter(i -> i.name().equals(name)).findFirst()
                : Optional.empty();
    }
}
