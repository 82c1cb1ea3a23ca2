package org.icsdrill.core.plant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icsdrill.core.tag.EngineeringUnit;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKey;
import org.junit.jupiter.api.Test;

/** The PLC's data table: one value per catalog tag, starting at each tag's initial value. */
class ControllerMemoryTest {

    private static final TagCatalog CATALOG = TagCatalog.of(List.of(
            TagDef.measurement("T1.LT001", "Level", EngineeringUnit.PERCENT, 0, 100).build(),
            TagDef.setpoint("T1.LIC001.SP", "Level set point", EngineeringUnit.PERCENT, 0, 100).initial(50).build(),
            TagDef.mode("T1.LIC001.AUTO", "Level loop in auto").initial(1).build(),
            TagDef.setpoint("T1.TIC001.SP", "Temperature set point", EngineeringUnit.KELVIN, 250, 400).build()));
    private static final TagKey LEVEL = CATALOG.key(0);
    private static final TagKey SETPOINT = CATALOG.key(1);
    private static final TagKey AUTO = CATALOG.key(2);
    private static final TagKey TEMPERATURE_SP = CATALOG.key(3);

    @Test
    void everyTagStartsAtItsInitialValue() {
        ControllerMemory memory = new ControllerMemory(CATALOG);

        assertThat(memory.catalog()).isSameAs(CATALOG);
        // no initial value given: 0 where the range allows it, else the range's nearest end
        assertThat(memory.copy()).containsExactly(0, 50, 1, 250);
        assertThat(memory.get(SETPOINT)).isEqualTo(50);
        assertThat(memory.get(1)).isEqualTo(50);
    }

    @Test
    void aValueSetByKeyIsReadByIndexAndTheOtherWayRound() {
        ControllerMemory memory = new ControllerMemory(CATALOG);

        memory.set(SETPOINT, 62.5);
        memory.set(3, 301.0);

        assertThat(memory.get(1)).isEqualTo(62.5);
        assertThat(memory.get(TEMPERATURE_SP)).isEqualTo(301.0);
        assertThat(memory.copy()).containsExactly(0, 62.5, 1, 301.0);
    }

    @Test
    void aDiscreteIsOnFromHalfUpAndIsWrittenAsOneOrZero() {
        ControllerMemory memory = new ControllerMemory(CATALOG);

        memory.set(AUTO, false);
        assertThat(memory.get(AUTO)).isEqualTo(0.0);
        assertThat(memory.isOn(AUTO)).isFalse();
        memory.set(AUTO, true);
        assertThat(memory.get(AUTO)).isEqualTo(1.0);
        memory.set(AUTO, 0.4999);
        assertThat(memory.isOn(AUTO)).isFalse();
        memory.set(AUTO, 0.5);
        assertThat(memory.isOn(AUTO)).isTrue();
    }

    @Test
    void aCopyIsDetachedFromTheMemory() {
        ControllerMemory memory = new ControllerMemory(CATALOG);
        double[] copy = memory.copy();

        copy[0] = 99;
        memory.set(LEVEL, 12);

        assertThat(memory.get(LEVEL)).isEqualTo(12);
        assertThat(copy[0]).isEqualTo(99);
        assertThat(memory.copy()).isNotSameAs(memory.copy());
    }

    @Test
    void processIoReadsOnAtTheSameThresholdAsTheMemory() {
        ProcessIo io = key -> key == AUTO ? 0.5 : 0.49;

        assertThat(io.isOn(AUTO)).isTrue();
        assertThat(io.isOn(LEVEL)).isFalse();
    }
}
