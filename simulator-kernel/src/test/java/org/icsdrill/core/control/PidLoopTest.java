package org.icsdrill.core.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.tag.EngineeringUnit;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKey;
import org.junit.jupiter.api.Test;

class PidLoopTest {

    enum Tag implements TagKey {
        PV(TagDef.measurement("T.PV", "measurement", EngineeringUnit.PERCENT, 0, 100).build()),
        SP(TagDef.setpoint("T.SP", "set point", EngineeringUnit.PERCENT, 0, 100).initial(50).build()),
        OUT(TagDef.output("T.OUT", "output", EngineeringUnit.PERCENT, 0, 100).initial(20).build()),
        AUTO(TagDef.mode("T.AUTO", "auto").initial(1).build());

        private final TagDef def;

        Tag(TagDef def) {
            this.def = def;
        }

        @Override
        public TagDef def() {
            return def;
        }
    }

    @Test
    void manualModeLeavesTheOperatorsOutputAndAutoContinuesFromIt() {
        ControllerMemory memory = new ControllerMemory(TagCatalog.fromEnum(Tag.class));
        memory.set(Tag.PV, 40);
        PidLoop loop = new PidLoop(new Pid(PidTuning.pi(2, 30), Pid.Action.REVERSE, 0, 100),
                Tag.PV, Tag.SP, Tag.OUT, Tag.AUTO);
        loop.start(memory);

        memory.set(Tag.AUTO, false);
        memory.set(Tag.OUT, 33);
        loop.scan(memory, 0.1);
        assertThat(memory.get(Tag.OUT)).isEqualTo(33);

        memory.set(Tag.AUTO, true);
        loop.scan(memory, 0.1);
        assertThat(memory.get(Tag.OUT)).isCloseTo(33, within(0.1));
    }
}
