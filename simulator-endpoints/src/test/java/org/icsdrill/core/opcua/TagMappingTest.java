package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.icsdrill.api.PlantAddress;
import org.icsdrill.core.sim.WriteResult;
import org.icsdrill.core.tag.EngineeringUnit;
import org.icsdrill.core.tag.TagDef;
import org.junit.jupiter.api.Test;

/** The small pure mappings between the simulator and OPC UA, without a server. */
class TagMappingTest {

    private static final TagDef REAL = TestPlant.Tag.SETPOINT.def();
    private static final TagDef BOOL = TestPlant.Tag.AUTO.def();
    private static final TagDef UINT16 = TestPlant.Tag.STEP.def();

    @Test
    void everyPlantVerdictHasItsStatusCode() {
        assertThat(TagWriter.statusOf(WriteResult.ACCEPTED).getValue()).isEqualTo(StatusCodes.Good);
        assertThat(TagWriter.statusOf(WriteResult.UNKNOWN_TAG).getValue()).isEqualTo(StatusCodes.Bad_NodeIdUnknown);
        assertThat(TagWriter.statusOf(WriteResult.READ_ONLY).getValue()).isEqualTo(StatusCodes.Bad_NotWritable);
        assertThat(TagWriter.statusOf(WriteResult.OUT_OF_RANGE).getValue()).isEqualTo(StatusCodes.Bad_OutOfRange);
        assertThat(TagWriter.statusOf(WriteResult.QUEUE_FULL).getValue())
                .isEqualTo(StatusCodes.Bad_ResourceUnavailable);
        assertThat(TagWriter.statusOf(WriteResult.BLOCKED).getValue()).isEqualTo(StatusCodes.Bad_RequestNotAllowed);
    }

    @Test
    void valuesAreEncodedInTheTagsOwnType() {
        assertThat(TagValueCodec.encode(REAL, 61.5).getValue()).isEqualTo(61.5);
        assertThat(TagValueCodec.encode(BOOL, 1).getValue()).isEqualTo(true);
        assertThat(TagValueCodec.encode(BOOL, 0).getValue()).isEqualTo(false);
        assertThat(TagValueCodec.encode(UINT16, 3).getValue()).isEqualTo(UShort.valueOf(3));
    }

    @Test
    void writesAreDecodedWhenTheirTypeFits() {
        assertThat(TagValueCodec.decode(REAL, new Variant(61.5))).hasValue(61.5);
        assertThat(TagValueCodec.decode(REAL, new Variant(61.5f))).hasValue(61.5);
        assertThat(TagValueCodec.decode(REAL, new Variant(61))).hasValue(61.0);
        assertThat(TagValueCodec.decode(REAL, new Variant("61"))).isEmpty();
        assertThat(TagValueCodec.decode(REAL, new Variant(true))).isEmpty();
        assertThat(TagValueCodec.decode(BOOL, new Variant(true))).hasValue(1.0);
        assertThat(TagValueCodec.decode(BOOL, new Variant(1))).isEmpty();
        assertThat(TagValueCodec.decode(UINT16, new Variant(UShort.valueOf(7)))).hasValue(7.0);
    }

    @Test
    void engineeringUnitsUseTheUneceCode() {
        var info = TagNodeBuilder.euInformation(EngineeringUnit.KILOPASCAL);

        assertThat(info.getNamespaceUri()).isEqualTo("http://www.opcfoundation.org/UA/units/un/cefact");
        assertThat(info.getUnitId()).isEqualTo(('K' << 16) | ('P' << 8) | 'A');
        assertThat(info.getDisplayName().text()).isEqualTo("kPa");
    }

    @Test
    void nodeIdentifiersNameThePlantFirst() {
        assertThat(PlantAddress.tag("chemical", TagDef.measurement("R1.TT101", "t", EngineeringUnit.KELVIN, 0, 1)
                .build())).isEqualTo("chemical.R1.TT101");
        assertThat(PlantAddress.unitFolder("chemical", "R1")).isEqualTo("chemical.R1");
        assertThat(PlantAddress.plantOf("chemical.R1.TT101")).contains("chemical");
        assertThat(PlantAddress.plantOf("chemical.R1.TT101/0:EURange")).contains("chemical");
        assertThat(PlantAddress.plantOf("chemical")).contains("chemical");
        assertThat(PlantAddress.plantOf("Plants")).isEmpty();
    }
}
