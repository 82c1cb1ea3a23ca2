package org.icsdrill.core.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import org.icsdrill.core.testplant.TankPlant;
import org.junit.jupiter.api.Test;

class RegisterMapTest {

    private final RegisterMap map = RegisterMap.of(new TankPlant().tags());

    @Test
    void tablesFollowTheTagKinds() {
        assertThat(map.entries()).extracting(e -> e.tag().name() + " " + e.table().csvName() + " " + e.address()
                + " " + e.type().csvName()).containsExactly(
                "T1.LT001 input_register 0 float32",
                "T1.LIC001_SP holding_register 0 float32",
                "T1.LIC001_KP holding_register 2 float32",
                "T1.LIC001_AUTO coil 0 bool",
                "T1.FV001 holding_register 4 float32",
                "T1.FV002 holding_register 6 float32",
                "T1.LSH001 discrete_input 0 bool",
                "T1.TRIP discrete_input 1 bool",
                "T1.RESET coil 1 bool",
                "T1.STEP input_register 2 uint16");
        assertThat(map.size(RegisterTable.HOLDING_REGISTER)).isEqualTo(8);
        assertThat(map.ownerOf(RegisterTable.HOLDING_REGISTER, 3).tag().name()).isEqualTo("T1.LIC001_KP");
    }

    @Test
    void csvHasTheDocumentedHeaderAndOneRowPerTag() {
        String[] lines = RegisterMapFormat.csv(map).split("\n");
        assertThat(lines[0]).isEqualTo("tag,table,address,type,scale,unit,min,max,access,description");
        assertThat(lines).hasSize(1 + map.entries().size());
        assertThat(lines[1]).isEqualTo("T1.LT001,input_register,0,float32,1,%,0,100,read_only,Tank level");
        assertThat(lines[3]).isEqualTo("T1.LIC001_KP,holding_register,2,float32,1,,0,20,engineer,Level controller gain");
        assertThat(lines[6]).as("a read-only output").contains(",read_only,");
    }

    @Test
    void csvQuotesFieldsWithCommas() {
        assertThat(RegisterMapFormat.csvField("a, b")).isEqualTo("\"a, b\"");
        assertThat(RegisterMapFormat.csvField("say \"hi\", ok")).isEqualTo("\"say \"\"hi\"\", ok\"");
    }
}
