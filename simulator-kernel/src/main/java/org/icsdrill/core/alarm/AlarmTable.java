package org.icsdrill.core.alarm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.icsdrill.core.signal.Removable;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.core.tag.AlarmPriority;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;

/**
 * Alarm evaluation of one plant on the network view, as a SCADA server does: what the operator's
 * poller reads decides the alarms, so a replayed view hides them. Owned by the simulation thread.
 */
public final class AlarmTable {

    private final String plant;
    private final TagCatalog catalog;
    private final AlarmLevel[] level;
    private final Alarm[] current;
    private final boolean[] suppressed;
    /** Plant time a shelved alarm returns at; NaN when not shelved. */
    private final double[] shelvedUntil;
    /** Who shelved the tag's alarm and when, so that it comes back marked if raised again while shelved. */
    private final String[] shelvedBy;
    private final double[] shelvedAt;
    /** Plant time since which the level has wanted to change to {@link #pending} (on/off delay); NaN when not. */
    private final double[] pendingSince;
    private final AlarmLevel[] pending;
    /** Per tag, the index of the tag whose state suppresses its alarm, or -1. */
    private final int[] suppressedBy;
    /** Per tag, whether it has alarm limits at all: asked for every tag every tick. */
    private final boolean[] limited;
    /** The alarms as last listed, until one changes: every plant's view takes the list every tick. */
    private List<Alarm> snapshot;

    public AlarmTable(String plant, TagCatalog catalog) {
        this.plant = plant;
        this.catalog = catalog;
        this.level = new AlarmLevel[catalog.size()];
        this.current = new Alarm[catalog.size()];
        this.suppressed = new boolean[catalog.size()];
        this.shelvedUntil = new double[catalog.size()];
        this.shelvedBy = new String[catalog.size()];
        this.shelvedAt = new double[catalog.size()];
        this.pendingSince = new double[catalog.size()];
        this.pending = new AlarmLevel[catalog.size()];
        this.suppressedBy = new int[catalog.size()];
        this.limited = new boolean[catalog.size()];
        Arrays.fill(level, AlarmLevel.NONE);
        Arrays.fill(shelvedUntil, Double.NaN);
        Arrays.fill(pendingSince, Double.NaN);
        for (int i = 0; i < catalog.size(); i++) {
            AlarmLimits.Suppression by = catalog.get(i).alarms().suppression();
            suppressedBy[i] = by == null ? -1 : catalog.require(by.tag());
            limited[i] = catalog.get(i).alarms().isDefined();
        }
    }

    /** Evaluates every tag with alarm limits; returns what changed. */
    public List<AlarmEvent> evaluate(double[] view, double plantTimeSeconds) {
        List<AlarmEvent> events = new ArrayList<>(0);
        for (int i = 0; i < view.length; i++) {
            if (shelvedUntil[i] <= plantTimeSeconds) {
                events.add(unshelve(i, plantTimeSeconds, null));
            }
            if (!limited[i] || suppressed[i]) {
                continue;
            }
            TagDef def = catalog.get(i);
            boolean stateSuppressed = suppressedBy[i] >= 0 && def.alarms().suppression().holds(view[suppressedBy[i]]);
            AlarmLevel next = stateSuppressed ? AlarmLevel.NONE : nextLevel(def.alarms(), level[i], view[i]);
            if (next == level[i]) {
                pendingSince[i] = Double.NaN;
                continue;
            }
            if (!stateSuppressed && !delayOver(i, def.alarms(), next, plantTimeSeconds)) {
                continue;
            }
            pendingSince[i] = Double.NaN;
            Alarm before = current[i];
            level[i] = next;
            if (next == AlarmLevel.NONE) {
                Alarm cleared = before.withActive(false, view[i]);
                set(i, cleared.acknowledged() ? null : cleared);
                events.add(new AlarmEvent(AlarmEvent.Type.CLEARED, plantTimeSeconds, cleared, null));
            } else if (before != null && before.active() && severity(next) < severity(before.level())) {
                // Easing from HH to H is the same alarm, not a new one to acknowledge.
                set(i, before.eased(next, priority(def.alarms(), next), view[i], message(def, next),
                        limit(def.alarms(), next)));
            } else {
                Alarm raised = Alarm.raised(plant, def.name(), next, priority(def.alarms(), next), true,
                        plantTimeSeconds, view[i], message(def, next), limit(def.alarms(), next));
                if (!Double.isNaN(shelvedUntil[i])) {
                    raised = raised.shelvedBy(shelvedBy[i], shelvedAt[i]);
                }
                set(i, raised);
                events.add(new AlarmEvent(AlarmEvent.Type.RAISED, plantTimeSeconds, raised, null));
            }
        }
        return events;
    }

    /**
     * Whether a change to {@code next} has waited out its delay: the on-delay for a raise or a rise in
     * severity, the off-delay for a clear or an easing. A change in direction restarts the wait.
     */
    private boolean delayOver(int i, AlarmLimits limits, AlarmLevel next, double now) {
        boolean rising = severity(next) > severity(level[i]);
        double delay = rising ? limits.onDelaySeconds() : limits.offDelaySeconds();
        if (delay <= 0) {
            return true;
        }
        boolean sameWay = !Double.isNaN(pendingSince[i])
                && (severity(pending[i]) > severity(level[i])) == rising;
        if (!sameWay) {
            pendingSince[i] = now;
        }
        pending[i] = next;
        return now - pendingSince[i] >= delay - 1e-9;
    }

    /**
     * Stops raising new alarms on a tag (Alarm Suppression, T0878): the level is frozen where it is,
     * so nothing new reaches the alarm list until removed.
     */
    public Removable suppress(int tagIndex) {
        suppressed[tagIndex] = true;
        return () -> suppressed[tagIndex] = false;
    }

    /** Acknowledges the alarm on a tag; an acknowledged alarm that has cleared leaves the list. */
    public AlarmEvent acknowledge(String tag, String user, double plantTimeSeconds) {
        int i = catalog.require(tag);
        Alarm alarm = current[i];
        if (alarm == null || alarm.acknowledged()) {
            return null;
        }
        Alarm acked = alarm.acknowledgedBy(user, plantTimeSeconds);
        set(i, acked.active() ? acked : null);
        return new AlarmEvent(AlarmEvent.Type.ACKNOWLEDGED, plantTimeSeconds, acked, user);
    }

    /**
     * Shelves the alarm on a tag until {@code untilSeconds} of plant time (ISA-18.2 shelving: the
     * operator sets a nuisance alarm aside, with a reason, and it comes back by itself). Returns
     * null when the tag has no alarm in the list.
     */
    public AlarmEvent shelve(String tag, String user, String reason, double plantTimeSeconds, double untilSeconds) {
        int i = catalog.require(tag);
        if (current[i] == null) {
            return null;
        }
        shelvedUntil[i] = untilSeconds;
        shelvedBy[i] = user;
        shelvedAt[i] = plantTimeSeconds;
        set(i, current[i].shelvedBy(user, plantTimeSeconds));
        return new AlarmEvent(AlarmEvent.Type.SHELVED, plantTimeSeconds, current[i], user, reason);
    }

    /** Takes an alarm off the shelf before its time; null when it is not shelved. */
    public AlarmEvent unshelve(String tag, String user, double plantTimeSeconds) {
        int i = catalog.require(tag);
        return Double.isNaN(shelvedUntil[i]) ? null : unshelve(i, plantTimeSeconds, user);
    }

    private AlarmEvent unshelve(int i, double plantTimeSeconds, String user) {
        shelvedUntil[i] = Double.NaN;
        shelvedBy[i] = null;
        Alarm alarm = current[i] != null ? current[i].unshelved() : null;
        set(i, alarm);
        TagDef def = catalog.get(i);
        Alarm shown = alarm != null ? alarm : new Alarm(plant, def.name(), level[i], def.alarms().priority(), false,
                true, false, plantTimeSeconds, Double.NaN, def.description(), limit(def.alarms(), level[i]), "",
                Double.NaN, "", Double.NaN);
        return new AlarmEvent(AlarmEvent.Type.UNSHELVED, plantTimeSeconds, shown, user);
    }

    /** The alarm list now: active alarms and cleared ones not yet acknowledged. */
    public List<Alarm> snapshot() {
        if (snapshot == null) {
            List<Alarm> list = new ArrayList<>();
            for (Alarm alarm : current) {
                if (alarm != null) {
                    list.add(alarm);
                }
            }
            snapshot = List.copyOf(list);
        }
        return snapshot;
    }

    private void set(int i, Alarm alarm) {
        current[i] = alarm;
        snapshot = null;
    }

    /** The new level with hysteresis: a level holds until the value is a deadband back inside its limit. */
    static AlarmLevel nextLevel(AlarmLimits limits, AlarmLevel now, double value) {
        if (limits.isDiscrete()) {
            return Math.abs(value - limits.alarmState()) < 0.5 ? AlarmLevel.STATE : AlarmLevel.NONE;
        }
        AlarmLevel raw = rawLevel(limits, value, 0);
        if (severity(raw) >= severity(now)) {
            return raw;
        }
        // Easing off: a level holds until the value is a deadband back inside its limit.
        AlarmLevel held = rawLevel(limits, value, limits.deadband());
        return severity(held) > severity(now) ? now : held;
    }

    private static AlarmLevel rawLevel(AlarmLimits l, double v, double deadband) {
        if (!Double.isNaN(l.highHigh()) && v >= l.highHigh() - deadband) {
            return AlarmLevel.HIGH_HIGH;
        }
        if (!Double.isNaN(l.high()) && v >= l.high() - deadband) {
            return AlarmLevel.HIGH;
        }
        if (!Double.isNaN(l.lowLow()) && v <= l.lowLow() + deadband) {
            return AlarmLevel.LOW_LOW;
        }
        if (!Double.isNaN(l.low()) && v <= l.low() + deadband) {
            return AlarmLevel.LOW;
        }
        return AlarmLevel.NONE;
    }

    private static int severity(AlarmLevel level) {
        return switch (level) {
            case HIGH_HIGH, LOW_LOW -> 2;
            case HIGH, LOW, STATE -> 1;
            case NONE -> 0;
        };
    }

    private static AlarmPriority priority(AlarmLimits limits, AlarmLevel level) {
        AlarmPriority base = limits.priority();
        boolean severe = level == AlarmLevel.HIGH_HIGH || level == AlarmLevel.LOW_LOW;
        return severe && base.ordinal() < AlarmPriority.URGENT.ordinal()
                ? AlarmPriority.values()[base.ordinal() + 1] : base;
    }

    /** The limit an alarm at {@code level} crossed; the alarm state for an on/off tag. */
    static double limit(AlarmLimits limits, AlarmLevel level) {
        return switch (level) {
            case HIGH_HIGH -> limits.highHigh();
            case HIGH -> limits.high();
            case LOW -> limits.low();
            case LOW_LOW -> limits.lowLow();
            case STATE -> limits.alarmState();
            case NONE -> Double.NaN;
        };
    }

    private static String message(TagDef def, AlarmLevel level) {
        return switch (level) {
            case HIGH_HIGH -> def.description() + " high-high";
            case HIGH -> def.description() + " high";
            case LOW -> def.description() + " low";
            case LOW_LOW -> def.description() + " low-low";
            default -> def.description();
        };
    }
}
