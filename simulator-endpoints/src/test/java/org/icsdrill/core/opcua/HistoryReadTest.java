package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryData;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadRawModifiedDetails;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;
import org.junit.jupiter.api.Test;

/**
 * The SCADA historian over OPC UA HistoryRead (raw values), with a real Milo client: one value per
 * plant-second as the SCADA server had it, stamped in plant time, paged by continuation points, and
 * frozen with the SCADA path when reports are blocked.
 */
class HistoryReadTest extends OperatorOverOpcUa {

    @Test
    void aTagsHistoryIsWhatTheScadaServerHadEachPlantSecondInPlantTime() throws Exception {
        Map<Double, Double> published = recordPublishedEachSecond();
        double from = plant.simulation.plantTimeSeconds();
        plant.simulation.advance(Duration.ofSeconds(30));

        List<DataValue> history = readAll(raw(from, from + 30, 0));

        assertThat(history).hasSize(30);
        // journaled like a Read: a look into the historian is reconnaissance too (ADR 3)
        assertThat(plant.journal.recent()).anySatisfy(t -> {
            assertThat(t.function()).isEqualTo("HistoryRead");
            assertThat(t.address()).isEqualTo(node("T1.TT101").toParseableString());
            assertThat(t.result()).isEqualTo("Good");
        });
        for (DataValue value : history) {
            double t = plantTime(value.getSourceTime());
            assertThat(t).isEqualTo(Math.rint(t)).isBetween(from, from + 29);
            assertThat(((Number) value.getValue().getValue()).doubleValue()).as("at %s s", t).isEqualTo(published.get(t));
            assertThat(value.getStatusCode().isGood()).isTrue();
        }
    }

    @Test
    void aLongHistoryComesInPagesOfTheAskedSize() throws Exception {
        double from = plant.simulation.plantTimeSeconds();
        plant.simulation.advance(Duration.ofSeconds(25));

        HistoryReadResult first = historyRead(raw(from, from + 25, 10), ByteString.NULL_VALUE);
        List<DataValue> all = readAll(raw(from, from + 25, 10));

        assertThat(values(first)).hasSize(10);
        assertThat(first.getContinuationPoint().isNotNull()).isTrue();
        assertThat(all).hasSize(25);
        assertThat(all.stream().map(v -> plantTime(v.getSourceTime())).distinct()).hasSize(25).isSorted();
    }

    @Test
    void blockedReportsFreezeTheHistoryAndMarkItStale() throws Exception {
        String scada = plant.endpoint.scadaPath().scadaHost();
        plant.simulation.plant(TestPlant.ID).submit("T1.TC101_SP", 150, "test"); // the tank heats up
        plant.simulation.advance(Duration.ofSeconds(3));
        double from = plant.simulation.plantTimeSeconds();
        plant.policy.blockReports(SourcePolicy.Origin.ATTACK, scada);
        try {
            plant.simulation.advance(Duration.ofSeconds(10));
        } finally {
            plant.policy.unblockReports(SourcePolicy.Origin.ATTACK, scada);
        }

        List<DataValue> history = readAll(raw(from, from + 10, 0));

        assertThat(history).hasSize(10);
        assertThat(history.stream().map(v -> v.getValue().getValue()).distinct()).as("frozen").hasSize(1);
        assertThat(history.get(2).getStatusCode().isGood()).as("within the poll time-out").isTrue();
        assertThat(history.get(9).getStatusCode().getValue()).isEqualTo(StatusCodes.Uncertain_LastUsableValue);
    }

    @Test
    void aNodeThatIsNotATagHasNoHistory() throws Exception {
        NodeId folder = new NodeId(node("T1.TT101").getNamespaceIndex(), "plant-that-is-not");
        HistoryReadResult result = operator.historyRead(raw(0, 10, 0), TimestampsToReturn.Source, false,
                List.of(new HistoryReadValueId(folder, null, QualifiedName.NULL_VALUE, ByteString.NULL_VALUE)))
                .getResults()[0];

        assertThat(result.getStatusCode().getValue()).isEqualTo(StatusCodes.Bad_HistoryOperationUnsupported);
    }

    /** The published value of T1.TT101 at each whole plant-second from now on, as the simulation made it. */
    private static Map<Double, Double> recordPublishedEachSecond() {
        Map<Double, Double> values = new TreeMap<>();
        plant.simulation.addListener(new TickListener() {
            @Override
            public void afterTick(Simulation simulation, long tick, double plantTimeSeconds) {
                double second = Math.floor(plantTimeSeconds + 1e-9);
                values.putIfAbsent(second, plant.value(TestPlant.Tag.TEMPERATURE));
            }
        });
        return values;
    }

    private static ReadRawModifiedDetails raw(double fromSeconds, double toSeconds, int perNode) {
        return new ReadRawModifiedDetails(false, instant(fromSeconds), instant(toSeconds), UInteger.valueOf(perNode),
                false);
    }

    private static List<DataValue> readAll(ReadRawModifiedDetails details) throws Exception {
        List<DataValue> all = new ArrayList<>();
        ByteString continuation = ByteString.NULL_VALUE;
        do {
            HistoryReadResult result = historyRead(details, continuation);
            assertThat(result.getStatusCode().isGood()).as(result.getStatusCode().toString()).isTrue();
            all.addAll(values(result));
            continuation = result.getContinuationPoint();
        } while (continuation != null && continuation.isNotNull());
        return all;
    }

    private static HistoryReadResult historyRead(ReadRawModifiedDetails details, ByteString continuation)
            throws Exception {
        return operator.historyRead(details, TimestampsToReturn.Source, false,
                List.of(new HistoryReadValueId(node("T1.TT101"), null, QualifiedName.NULL_VALUE, continuation)))
                .getResults()[0];
    }

    private static List<DataValue> values(HistoryReadResult result) {
        HistoryData data = (HistoryData) result.getHistoryData().decode(operator.getStaticEncodingContext());
        return data.getDataValues() == null ? List.of() : List.of(data.getDataValues());
    }

    private static DateTime instant(double plantSeconds) {
        return new DateTime(plant.simulation.plantInstant(plantSeconds));
    }

    private static double plantTime(DateTime time) {
        return Duration.between(plant.simulation.plantInstant(0), time.getJavaInstant()).toNanos() / 1e9;
    }
}
