package org.icsdrill.core.mimic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One piece of equipment on a mimic: which symbol sits where, and which tags drive it. Plain data;
 * tag names are without the plant ({@code R1.TV101}).
 *
 * @param id           the equipment's name on the drawing ({@code TV101}), unique in the layout
 * @param symbol       what to draw
 * @param x            the symbol's centre
 * @param y            the symbol's centre
 * @param width        the symbol's width where it has one (vessels, zones), else 0
 * @param height       the symbol's height where it has one, else 0
 * @param rotation     degrees clockwise (a valve in a vertical pipe: 90)
 * @param labelSide    where the id is written
 * @param state        the tag whose value fills the symbol (open, running, closed), or null
 * @param abnormalWhen the state value that is abnormal, overriding the tag's declared alarm state;
 *                     null to use the declaration
 * @param alarms       further tags that make the equipment abnormal (surge, rotor failed...)
 * @param level        the tag shown as a level inside a vessel, or null
 * @param loop         what its faceplate shows, or null for the state tag alone
 * @param text         the label when it says more than the id (a lamp's meaning), or null
 */
public record Equipment(String id, SymbolKind symbol, double x, double y, double width, double height,
                        double rotation, Side labelSide, String state, Boolean abnormalWhen, List<String> alarms,
                        String level, Loop loop, MimicText text) {

    /** Where the equipment's id is written, relative to the symbol. */
    public enum Side {
        BELOW, ABOVE, LEFT, RIGHT, NONE
    }

    /**
     * The tags of the equipment's faceplate, by name: measurement, set point, output, mode (any may
     * be null) and others (a trip limit, a reset command).
     */
    public record Loop(String title, String pv, String sp, String out, String mode, List<String> others) {

        public Loop {
            Objects.requireNonNull(title, "title");
            others = List.copyOf(others);
        }

        /** PV, SP, OUT and mode of a control loop. */
        public static Loop of(String title, String pv, String sp, String out, String mode, String... others) {
            return new Loop(title, pv, sp, out, mode, Arrays.asList(others));
        }
    }

    public Equipment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(labelSide, "labelSide");
        alarms = List.copyOf(alarms);
    }

    /** Every tag name the equipment reads. */
    public List<String> tags() {
        List<String> tags = new ArrayList<>();
        if (state != null) {
            tags.add(state);
        }
        tags.addAll(alarms);
        if (level != null) {
            tags.add(level);
        }
        if (loop != null) {
            for (String tag : new String[] {loop.pv(), loop.sp(), loop.out(), loop.mode()}) {
                if (tag != null) {
                    tags.add(tag);
                }
            }
            tags.addAll(loop.others());
        }
        return tags;
    }

    public static Builder at(SymbolKind symbol, String id, double x, double y) {
        return new Builder(symbol, id, x, y);
    }

    /** A status lamp of an on/off tag, named by the tag and labelled on its right. */
    public static Builder lamp(String tag, double x, double y) {
        return at(SymbolKind.LAMP, tag, x, y).label(Side.RIGHT).state(tag);
    }

    /** Fluent construction, so that a layout reads as a list of equipment. */
    public static final class Builder {
        private final SymbolKind symbol;
        private final String id;
        private final double x;
        private final double y;
        private double width;
        private double height;
        private double rotation;
        private Side labelSide;
        private String state;
        private Boolean abnormalWhen;
        private final List<String> alarms = new ArrayList<>();
        private String level;
        private Loop loop;
        private MimicText text;

        private Builder(SymbolKind symbol, String id, double x, double y) {
            this.labelSide = symbol == SymbolKind.CONTROLLER ? Side.NONE : Side.BELOW; // a balloon carries its id
            this.symbol = symbol;
            this.id = id;
            this.x = x;
            this.y = y;
        }

        public Builder size(double w, double h) {
            this.width = w;
            this.height = h;
            return this;
        }

        public Builder rotate(double degrees) {
            this.rotation = degrees;
            return this;
        }

        public Builder label(Side side) {
            this.labelSide = side;
            return this;
        }

        public Builder state(String tag) {
            this.state = tag;
            return this;
        }

        /** The state value that is abnormal when the declaration says nothing (a safety valve shut). */
        public Builder abnormalWhen(boolean value) {
            this.abnormalWhen = value;
            return this;
        }

        public Builder alarms(String... tags) {
            alarms.addAll(Arrays.asList(tags));
            return this;
        }

        public Builder level(String tag) {
            this.level = tag;
            return this;
        }

        public Builder loop(Loop faceplate) {
            this.loop = faceplate;
            return this;
        }

        /** Labels it with {@code label} instead of its id. */
        public Builder text(MimicText label) {
            this.text = label;
            return this;
        }

        /** A controller without a state of its own shows its loop's mode, and is abnormal in manual. */
        public Equipment build() {
            String shown = state;
            Boolean abnormal = abnormalWhen;
            if (symbol == SymbolKind.CONTROLLER && shown == null && loop != null && loop.mode() != null) {
                shown = loop.mode();
                abnormal = abnormal == null ? Boolean.FALSE : abnormal;
            }
            return new Equipment(id, symbol, x, y, width, height, rotation, labelSide, shown, abnormal, alarms,
                    level, loop, text);
        }
    }
}
