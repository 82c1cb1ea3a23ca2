package org.icsdrill.core.mimic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A plant's mimic as data: the drawing's size, its pipes and lines, its equipment, the live values
 * written next to them, and fixed captions (stream names) in the console's languages. The plant
 * declares it ({@code PlantModel.mimic}), the simulator publishes it, and a console draws any layout
 * with one class per symbol, so a new plant brings its mimic without a change to the console.
 */
public record MimicLayout(String plantId, double width, double height, List<Line> lines, List<Equipment> equipment,
                          List<Readout> readouts, List<Caption> captions) {

    /**
     * What a line is: a process pipe, a utility pipe (coolant, odorant, hot water), an air duct, a power
     * line, a control signal (dashed), a shaft (drawn over the equipment it drives), or a box outline.
     */
    public enum LineKind {
        PROCESS, UTILITY, DUCT, ELECTRIC, SIGNAL, SHAFT, BOX
    }

    /** A polyline through {@code points} (x0, y0, x1, y1, ...), with an arrowhead at its end when {@code arrow}. */
    public record Line(LineKind kind, boolean arrow, List<Double> points) {

        public Line {
            points = List.copyOf(points);
            if (points.size() < 4 || points.size() % 2 != 0) {
                throw new IllegalArgumentException("a line needs two or more x, y points: " + points);
            }
        }
    }

    /**
     * A live value at (x, y) (its top left corner): the tag's short name, value and unit, and with
     * {@code bar} an ISA-101 analog indicator of its range with the normal band.
     *
     * @param label what to call it on the drawing; null for the tag's name
     */
    public record Readout(String tag, double x, double y, boolean bar, String label) {

        /**
         * The label, else the name without its unit where that is an instrument number ({@code TT101}
         * of {@code R1.TT101}), else the whole name ({@code GEN.FT}, where {@code FT} alone is ambiguous).
         */
        public String shownLabel() {
            if (label != null) {
                return label;
            }
            String local = tag.substring(tag.indexOf('.') + 1);
            return local.chars().anyMatch(Character::isDigit) ? local : tag;
        }
    }

    /** A fixed text at (x, y); {@code heading} for an area's name. */
    public record Caption(MimicText text, double x, double y, boolean heading) {

        public Caption {
            Objects.requireNonNull(text, "text");
        }
    }

    public MimicLayout {
        Objects.requireNonNull(plantId, "plantId");
        lines = List.copyOf(lines);
        equipment = List.copyOf(equipment);
        readouts = List.copyOf(readouts);
        captions = List.copyOf(captions);
        Set<String> ids = new HashSet<>();
        for (Equipment item : equipment) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException(plantId + ": equipment " + item.id() + " twice");
            }
        }
    }

    /** Every tag name the layout reads. */
    public Set<String> tags() {
        Set<String> tags = new HashSet<>();
        equipment.forEach(e -> tags.addAll(e.tags()));
        readouts.forEach(r -> tags.add(r.tag()));
        return tags;
    }

    public static Builder builder(String plantId, double width, double height) {
        return new Builder(plantId, width, height);
    }

    /** Collects a layout in drawing order: lines first, then equipment, values and captions on top. */
    public static final class Builder {
        private final String plantId;
        private final double width;
        private final double height;
        private final List<Line> lines = new ArrayList<>();
        private final List<Equipment> equipment = new ArrayList<>();
        private final List<Readout> readouts = new ArrayList<>();
        private final List<Caption> captions = new ArrayList<>();

        private Builder(String plantId, double width, double height) {
            this.plantId = plantId;
            this.width = width;
            this.height = height;
        }

        public Builder line(LineKind kind, double... points) {
            lines.add(new Line(kind, false, list(points)));
            return this;
        }

        /** A line with an arrowhead at its last point: the direction of flow. */
        public Builder flow(LineKind kind, double... points) {
            lines.add(new Line(kind, true, list(points)));
            return this;
        }

        /** A thin rectangle around an area (the safety system, a station). */
        public Builder box(double x, double y, double w, double h) {
            return line(LineKind.BOX, x, y, x + w, y, x + w, y + h, x, y + h, x, y);
        }

        public Builder add(Equipment.Builder item) {
            equipment.add(item.build());
            return this;
        }

        /** A value with its analog indicator. */
        public Builder gauge(String tag, double x, double y) {
            readouts.add(new Readout(tag, x, y, true, null));
            return this;
        }

        /** A column of values with indicators, from (x, y) down, {@code step} apart. */
        public Builder gauges(double x, double y, double step, String... tags) {
            for (int i = 0; i < tags.length; i++) {
                gauge(tags[i], x, y + i * step);
            }
            return this;
        }

        /** A value without an indicator (on/off states, values without a normal band). */
        public Builder value(String tag, double x, double y) {
            readouts.add(new Readout(tag, x, y, false, null));
            return this;
        }

        public Builder value(String tag, double x, double y, String label) {
            readouts.add(new Readout(tag, x, y, false, label));
            return this;
        }

        public Builder gauge(String tag, double x, double y, String label) {
            readouts.add(new Readout(tag, x, y, true, label));
            return this;
        }

        public Builder caption(MimicText text, double x, double y) {
            captions.add(new Caption(text, x, y, false));
            return this;
        }

        public Builder heading(MimicText text, double x, double y) {
            captions.add(new Caption(text, x, y, true));
            return this;
        }

        public MimicLayout build() {
            return new MimicLayout(plantId, width, height, lines, equipment, readouts, captions);
        }

        private static List<Double> list(double[] points) {
            List<Double> list = new ArrayList<>();
            for (double p : points) {
                list.add(p);
            }
            return list;
        }
    }
}
