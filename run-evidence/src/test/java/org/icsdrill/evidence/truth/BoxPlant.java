package org.icsdrill.evidence.truth;

import java.util.Optional;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.plant.ProcessIo;
import org.icsdrill.core.tag.EngineeringUnit;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKey;

/**
 * A plant whose values are known to the digit, for the ground-truth files: its level rises by exactly
 * one percent per plant second (counted in ticks, so no rounding creeps in), measured without noise;
 * a set point of 40 that nothing moves; a trip state that never trips.
 */
final class BoxPlant implements PlantModel {

    enum Tag implements TagKey {
        LEVEL(TagDef.measurement("B1.LT001", "Box level", EngineeringUnit.PERCENT, 0, 100).build()),
        SETPOINT(TagDef.setpoint("B1.LIC001.SP", "Box level set point", EngineeringUnit.PERCENT, 0, 100).initial(40)
                .build()),
        TRIPPED(TagDef.state("B1.TRIP", "Box trip latched").build());

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

    private final String id;

    BoxPlant(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String displayName() {
        return "Box " + id;
    }

    @Override
    public String description() {
        return "A level that rises one percent a second.";
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
        return new PhysicalProcess() {
            private long ticks;

            @Override
            public void advance(double dtSeconds, ProcessIo actuators) {
                ticks++;
            }

            @Override
            public double trueValue(TagKey fieldTag) {
                return ticks / 10.0; // the default tick is 100 ms
            }

            @Override
            public Optional<String> damage() {
                return Optional.empty();
            }
        };
    }

    @Override
    public ControlProgram createControlProgram() {
        return idle("box PLC");
    }

    @Override
    public ControlProgram createSafetyProgram() {
        return idle("box SIS");
    }

    private static ControlProgram idle(String name) {
        return new ControlProgram() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void scan(ControllerMemory memory, double dtSeconds) {
                // nothing to control
            }
        };
    }
}
