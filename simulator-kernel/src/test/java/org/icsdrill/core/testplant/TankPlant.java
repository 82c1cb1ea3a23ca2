package org.icsdrill.core.testplant;

import java.util.Optional;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.plant.ProcessIo;
import org.icsdrill.core.tag.Access;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.core.tag.AlarmPriority;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.EngineeringUnit;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKey;

/**
 * A one-tank plant for kernel and protocol tests: a level under proportional control of an inlet
 * valve, a high-level switch, a safety trip that closes the valve, a read-only output.
 * Level balance: A dL/dt = q_in - q_out, level in percent of a 1 m3 tank, flows in percent per second.
 */
public final class TankPlant implements PlantModel {

    public enum Tag implements TagKey {
        LEVEL(TagDef.measurement("T1.LT001", "Tank level", EngineeringUnit.PERCENT, 0, 100).noise(0.2)
                .alarms(AlarmLimits.analog(90, 80, 20, 10, 1, AlarmPriority.MEDIUM)).build()),
        LEVEL_SP(TagDef.setpoint("T1.LIC001_SP", "Level set point", EngineeringUnit.PERCENT, 0, 100)
                .initial(50).build()),
        GAIN(TagDef.parameter("T1.LIC001_KP", "Level controller gain", EngineeringUnit.ONE, 0, 20).initial(2).build()),
        AUTO(TagDef.mode("T1.LIC001_AUTO", "Level loop in automatic").initial(1).build()),
        VALVE(TagDef.output("T1.FV001", "Inlet valve position", EngineeringUnit.PERCENT, 0, 100).initial(50).build()),
        OUTFLOW(TagDef.output("T1.FV002", "Outlet valve position (fixed)", EngineeringUnit.PERCENT, 0, 100)
                .initial(50).access(Access.READ_ONLY).build()),
        HIGH_SWITCH(TagDef.state("T1.LSH001", "Tank level high switch").fromField()
                .alarms(AlarmLimits.whenEquals(1, AlarmPriority.HIGH)).build()),
        TRIPPED(TagDef.state("T1.TRIP", "Safety trip latched").build()),
        RESET(TagDef.command("T1.RESET", "Reset the safety trip").build()),
        STEP(TagDef.builder("T1.STEP", org.icsdrill.core.tag.TagKind.STATE).description("Sequence step")
                .type(DataType.UINT16).range(0, 10).initial(3).build());

        private final TagDef def;

        Tag(TagDef def) {
            this.def = def;
        }

        @Override
        public TagDef def() {
            return def;
        }
    }

    private static final TagCatalog CATALOG = TagCatalog.fromEnum(Tag.class);

    @Override
    public String id() {
        return "tank";
    }

    @Override
    public String displayName() {
        return "Test tank";
    }

    @Override
    public String description() {
        return "A tank with level control, for tests.";
    }

    @Override
    public TagCatalog tags() {
        return CATALOG;
    }

    @Override
    public TagKey tripState() {
        return Tag.TRIPPED;
    }

    @Override
    public PhysicalProcess createProcess() {
        return new Physics();
    }

    @Override
    public ControlProgram createControlProgram() {
        return new ControlProgram() {
            @Override
            public String name() {
                return "tank PLC (golden)";
            }

            @Override
            public void scan(ControllerMemory m, double dt) {
                if (m.isOn(Tag.AUTO)) {
                    double out = 50 + m.get(Tag.GAIN) * (m.get(Tag.LEVEL_SP) - m.get(Tag.LEVEL));
                    m.set(Tag.VALVE, Math.max(0, Math.min(100, out)));
                }
            }
        };
    }

    @Override
    public ControlProgram createSafetyProgram() {
        return new ControlProgram() {
            @Override
            public String name() {
                return "tank SIS";
            }

            @Override
            public void scan(ControllerMemory m, double dt) {
                if (m.isOn(Tag.HIGH_SWITCH)) {
                    m.set(Tag.TRIPPED, true);
                }
                if (m.isOn(Tag.RESET)) {
                    m.set(Tag.RESET, false);
                    if (!m.isOn(Tag.HIGH_SWITCH)) {
                        m.set(Tag.TRIPPED, false);
                    }
                }
            }
        };
    }

    /** Level in percent; inflow 2 %/s at a fully open valve, outflow 1 %/s at the fixed outlet. */
    static final class Physics implements PhysicalProcess {
        private double level = 50;

        @Override
        public void advance(double dt, ProcessIo io) {
            double valve = io.isOn(Tag.TRIPPED) ? 0 : io.get(Tag.VALVE);
            double inflow = 2.0 * valve / 100;
            double outflow = 2.0 * io.get(Tag.OUTFLOW) / 100 * Math.sqrt(Math.max(level, 0) / 50);
            level = Math.max(0, Math.min(100, level + dt * (inflow - outflow)));
        }

        @Override
        public double trueValue(TagKey tag) {
            if (tag == Tag.LEVEL) {
                return level;
            }
            if (tag == Tag.HIGH_SWITCH) {
                return level > 95 ? 1 : 0;
            }
            throw new IllegalArgumentException("not a field tag: " + tag);
        }

        @Override
        public Optional<String> damage() {
            return level >= 100 ? Optional.of("tank overflowed") : Optional.empty();
        }
    }
}
