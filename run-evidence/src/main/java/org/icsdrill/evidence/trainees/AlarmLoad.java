package org.icsdrill.evidence.trainees;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alarm load of a run as ANSI/ISA-18.2-2016 (section 16, monitoring and assessment) measures it: alarms
 * raised per 10 minutes (about 1 is manageable for one operator, more than 10 is a flood) and chattering
 * alarms (one tag raised 3 or more times within 60 s).
 *
 * @param intervals raises per 10-minute interval from plant time 0, the last one possibly short
 * @param tags      per plant-qualified tag, its raises, most first
 */
public record AlarmLoad(int[] intervals, List<TagLoad> tags) {

    /** ISA-18.2: an interval with more raises than this is an alarm flood. */
    public static final int FLOOD = 10;
    /** ISA-18.2: a tag raised this often within {@link #CHATTER_WINDOW_S} is chattering. */
    public static final int CHATTERING = 3;
    public static final double CHATTER_WINDOW_S = 60;
    public static final double INTERVAL_S = 600;

    /** One tag's raises and the most of them within any 60 s. */
    public record TagLoad(String tag, int raises, int mostInAMinute) {
        public boolean chattering() {
            return mostInAMinute >= CHATTERING;
        }
    }

    /** From the plant times of every raise, per plant-qualified tag, over a run of {@code endSeconds}. */
    public static AlarmLoad of(Map<String, List<Double>> raisesByTag, double endSeconds) {
        int[] intervals = new int[Math.max(1, (int) Math.ceil(endSeconds / INTERVAL_S))];
        List<TagLoad> tags = new ArrayList<>();
        raisesByTag.forEach((tag, times) -> {
            for (double t : times) {
                intervals[Math.min(intervals.length - 1, (int) (t / INTERVAL_S))]++;
            }
            tags.add(new TagLoad(tag, times.size(), mostWithin(times, CHATTER_WINDOW_S)));
        });
        tags.sort(Comparator.comparingInt(TagLoad::mostInAMinute).thenComparingInt(TagLoad::raises).reversed()
                .thenComparing(TagLoad::tag));
        return new AlarmLoad(intervals, List.copyOf(tags));
    }

    /** Groups raises, given in time order as (tag, plant time) pairs, by tag. */
    public static Map<String, List<Double>> byTag(List<Map.Entry<String, Double>> raises) {
        Map<String, List<Double>> by = new LinkedHashMap<>();
        raises.forEach(r -> by.computeIfAbsent(r.getKey(), k -> new ArrayList<>()).add(r.getValue()));
        return by;
    }

    /** The most of the sorted {@code times} within any window shorter than {@code seconds}. */
    public static int mostWithin(List<Double> times, double seconds) {
        int best = 0;
        int first = 0;
        for (int last = 0; last < times.size(); last++) {
            while (times.get(last) - times.get(first) >= seconds) {
                first++;
            }
            best = Math.max(best, last - first + 1);
        }
        return best;
    }

    public int total() {
        return tags.stream().mapToInt(TagLoad::raises).sum();
    }

    public int peak() {
        int peak = 0;
        for (int n : intervals) {
            peak = Math.max(peak, n);
        }
        return peak;
    }

    /** Intervals with more than {@link #FLOOD} raises. */
    public int floods() {
        int floods = 0;
        for (int n : intervals) {
            floods += n > FLOOD ? 1 : 0;
        }
        return floods;
    }

    public List<TagLoad> chattering() {
        return tags.stream().filter(TagLoad::chattering).toList();
    }
}
