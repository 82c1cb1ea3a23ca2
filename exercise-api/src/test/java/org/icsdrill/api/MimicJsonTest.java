package org.icsdrill.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.icsdrill.core.mimic.Equipment;
import org.icsdrill.core.mimic.Equipment.Loop;
import org.icsdrill.core.mimic.Equipment.Side;
import org.icsdrill.core.mimic.MimicLayout;
import org.icsdrill.core.mimic.MimicLayout.LineKind;
import org.icsdrill.core.mimic.MimicText;
import org.icsdrill.core.mimic.SymbolKind;
import org.junit.jupiter.api.Test;

/** The mimic JSON that server and console share: every field survives, and a reader is lenient. */
class MimicJsonTest {

    /** A layout that uses every field of every record at least once, nulls included. */
    static MimicLayout everything() {
        Loop tic = Loop.of("TIC101", "R1.TT101", "R1.TIC101.SP", "R1.TV101", "R1.TIC101.AUTO", "R1.TT102");
        return MimicLayout.builder("chemical", 950, 630)
                .heading(MimicText.of("Chemical plant: CSTR R1", "化学プラント: 連続槽型反応器 R1"), 12, 8)
                .caption(MimicText.of("Feed A", null), 20, 128)
                .flow(LineKind.PROCESS, 20, 150, 440, 150, 440, 192)
                .line(LineKind.SIGNAL, 200, 439, 200, 480)
                .box(740, 40, 200, 200)
                .add(Equipment.at(SymbolKind.VESSEL, "R1", 470, 300).size(130, 220).label(Side.NONE)
                        .level("R1.LT101").alarms("R1.XS101", "R1.TT101").loop(tic))
                .add(Equipment.at(SymbolKind.VALVE, "XY202", 200, 570).rotate(90).state("SIS.XY202")
                        .abnormalWhen(true).loop(Loop.of("SIS", "SIS.TT201", null, null, null)))
                .add(Equipment.at(SymbolKind.CONTROLLER, "TIC101", 200, 420).loop(tic))
                .add(Equipment.at(SymbolKind.LAMP, "SIS.TRIP", 760, 88).label(Side.RIGHT).state("SIS.TRIP")
                        .text(MimicText.of("Trip latched (SIS.TRIP)", "トリップ保持（SIS.TRIP）")))
                .gauge("R1.TT101", 600, 200)
                .value("Z1.TIC.SP", 450, 230, "SP")
                .build();
    }

    @Test
    void aLayoutReadsBackEqual() {
        MimicLayout layout = everything();

        assertThat(MimicJson.read(MimicJson.write(layout))).isEqualTo(layout);
    }

    @Test
    void theJsonNamesTheRecordsFieldsAndLeavesOutWhatIsNull() {
        String json = MimicJson.write(everything());

        assertThat(json).startsWith("{\"plantId\":\"chemical\",\"width\":950.0,\"height\":630.0,\"lines\":[")
                .contains("{\"kind\":\"PROCESS\",\"arrow\":true,\"points\":[20.0,150.0,440.0,150.0,440.0,192.0]}")
                .contains("\"symbol\":\"VALVE\"", "\"abnormalWhen\":true", "\"labelSide\":\"RIGHT\"")
                .contains("{\"tag\":\"R1.TT101\",\"x\":600.0,\"y\":200.0,\"bar\":true}")
                .contains("{\"text\":{\"en\":\"Feed A\"},\"x\":20.0,\"y\":128.0,\"heading\":false}")
                .contains("\"text\":{\"en\":\"Trip latched (SIS.TRIP)\",\"ja\":\"トリップ保持（SIS.TRIP）\"}")
                .doesNotContain("null", "\"tags\"", "shownLabel");
    }

    @Test
    void unknownFieldsAreIgnoredAndAbsentListsAreEmpty() {
        String json = """
                {"plantId":"refinery","width":100,"height":80,"drawnBy":"a newer server",
                 "equipment":[{"id":"P1","symbol":"PUMP","x":10,"y":20,"labelSide":"BELOW","colour":"red"}]}
                """;

        MimicLayout layout = MimicJson.read(json);

        assertThat(layout.plantId()).isEqualTo("refinery");
        assertThat(layout.lines()).isEmpty();
        assertThat(layout.readouts()).isEmpty();
        assertThat(layout.captions()).isEmpty();
        assertThat(layout.equipment()).singleElement().satisfies(pump -> {
            assertThat(pump.symbol()).isEqualTo(SymbolKind.PUMP);
            assertThat(pump.alarms()).isEmpty();
            assertThat(pump.state()).isNull();
            assertThat(pump.loop()).isNull();
        });
    }

    @Test
    void somethingElseIsNotAMimic() {
        assertThatThrownBy(() -> MimicJson.read("[1, 2]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the JSON of a mimic");
        assertThatThrownBy(() -> MimicJson.read("{\"width\":1}")).isInstanceOf(IllegalArgumentException.class);
    }
}
