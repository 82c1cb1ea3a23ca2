package org.icsdrill.core.opcua;

import java.util.Optional;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.plant.PlantTitle;
import org.icsdrill.core.plant.ProcessIo;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.EngineeringUnit;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKey;

/**
 * A heated tank small enough to reason about in a test: a heater drives the temperature up, losses
 * pull it back to 20 °C, and a P controller holds it at the set point while in automatic.
 */
class TestPlant implements PlantModel {

    static final String ID = "testplant";

    enum Tag implements TagKey {
        TEMPERATURE(TagDef.measurement("T1.TT101", "Tank temperature", EngineeringUnit.CELSIUS, 0, 200)
                .initial(20).build()),
        SETPOINT(TagDef.setpoint("T1.TC101_SP", "Tank temperature set point", EngineeringUnit.CELSIUS, 0, 150)
                .initial(60).build()),
        GAIN(TagDef.parameter("T1.TC101_KP", "Temperature controller gain", EngineeringUnit.ONE, 0, 50)
                .initial(10).build()),
        AUTO(TagDef.mode("T1.TC101_AUTO", "Temperature controller in automatic (1) or manual (0)").initial(1)
                .build()),
        HEATER(TagDef.output("T1.HTR101", "Heater power", EngineeringUnit.PERCENT, 0, 100).build()),
        HEATING(TagDef.state("T1.HTR101_ON", "Heater is on").build()),
        STEP(TagDef.state("T1.STEP", "Batch step number").type(DataType.UINT16).range(0, 10).initial(3).build()),
        TRIP(TagDef.state("T1.TRIP", "Over-temperature trip latched").build());

        private final TagDef def;

        Tag(TagDef def) {
            this.def = def;
        }

        @Override
        public TagDef def() {
            return def;
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Test plant";
    }

    @Override
    public String description() {
        return "a heated tank";
    }

    @Override
    public Optional<PlantTitle> title(String language) {
        return "ja".equals(language) ? Optional.of(new PlantTitle("試験プラント", "加熱タンク")) : Optional.empty();
    }

    @Override
    public TagCatalog tags() {
        return TagCatalog.fromEnum(Tag.class);
    }

    @Override
    public TagKey tripState() {
        return Tag.TRIP;
    }

    @Override
    public PhysicalProcess createProcess() {
        return new PhysicalProcess() {
            private double temperature = 20;

            @Override
            public void advance(double dt, ProcessIo actuators) {
                double heat = actuators.isOn(Tag.TRIP) ? 0 : actuators.get(Tag.HEATER) * 0.5;
                temperature += dt * (heat - 0.05 * (temperature - 20));
            }

            @Override
            public double trueValue(TagKey fieldTag) {
                return temperature;
            }

            @Override
            public Optional<String> damage() {
                return Optional.empty();
            }
        };
    }

    @Override
    public ControlProgram createControlProgram() {
        return new ControlProgram() {
            @Override
            public String name() {
                return "P controller";
            }

            @Override
            public void scan(ControllerMemory memory, double dt) {
                if (memory.isOn(Tag.AUTO)) {
                    double error = memory.get(Tag.SETPOINT) - memory.get(Tag.TEMPERATURE);
                    memory.set(Tag.HEATER, Math.max(0, Math.min(100, memory.get(Tag.GAIN) * error)));
                }
                memory.set(Tag.HEATING, memory.get(Tag.HEATER) > 0);
            }
        };
    }

    @Override
    public ControlProgram createSafetyProgram() {
        return new ControlProgram() {
            @Override
            public String name() {
                return "over-temperature trip";
            }

            @Override
            public void scan(ControllerMemory memory, double dt) {
                if (memory.get(Tag.TEMPERATURE) > 180) {
                    memory.set(Tag.TRIP, true);
                }
            }
        };
    }
}
