package org.icsdrill.core.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import com.ghgande.j2mod.modbus.util.BitVector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.testplant.TankPlant.Tag;
import org.icsdrill.core.testplant.TankPlant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Modbus/TCP server over real loopback sockets, with j2mod's master as the client. */
class ModbusTcpServerTest {

    private Simulation sim;
    private PlantRuntime plant;
    private TransactionJournal journal;
    private SourcePolicy policy;
    private ModbusTcpServer server;
    private ModbusTCPMaster master;
    private RegisterMap map;

    @BeforeEach
    void start() throws Exception {
        sim = new Simulation(SimulationConfig.defaults(7), List.of(new TankPlant()));
        plant = sim.plant("tank");
        map = RegisterMap.of(plant.catalog());
        journal = TransactionJournal.inMemory(1000);
        policy = new SourcePolicy();
        server = ModbusTcpServer.start(plant, ModbusServerConfig.loopback(0), journal, policy, "0.1");
        sim.advance(Duration.ofSeconds(10));
        master = new ModbusTCPMaster("127.0.0.1", server.port(), 5_000, false);
        master.setRetries(0);
        master.connect();
    }

    @AfterEach
    void stop() {
        master.disconnect();
        server.close();
    }

    private static float floatOf(int high, int low) {
        return Float.intBitsToFloat((high << 16) | low);
    }

    private RegisterEntry entry(Tag tag) {
        return map.entries().get(tag.ordinal());
    }

    @Test
    void readsTheWholeMapAsPublished() throws Exception {
        for (RegisterEntry e : map.entries()) {
            double expected = plant.view().value(e.tagIndex());
            double read = switch (e.table()) {
                case INPUT_REGISTER -> decode(e, master.readInputRegisters(1, e.address(), e.type().width()));
                case HOLDING_REGISTER -> decode(e, master.readMultipleRegisters(1, e.address(), e.type().width()));
                case COIL -> master.readCoils(1, e.address(), 1).getBit(0) ? 1 : 0;
                case DISCRETE_INPUT -> master.readInputDiscretes(1, e.address(), 1).getBit(0) ? 1 : 0;
            };
            assertThat(read).as(e.tag().name()).isEqualTo((double) (float) expected);
        }
        // and each table in one request, to its last address
        for (RegisterTable table : RegisterTable.values()) {
            int size = map.size(table);
            switch (table) {
                case INPUT_REGISTER -> assertThat(master.readInputRegisters(1, 0, size)).hasSize(size);
                case HOLDING_REGISTER -> assertThat(master.readMultipleRegisters(1, 0, size)).hasSize(size);
                case COIL -> assertThat(master.readCoils(1, 0, size).size()).isEqualTo(size);
                case DISCRETE_INPUT -> assertThat(master.readInputDiscretes(1, 0, size).size()).isEqualTo(size);
            }
        }
    }

    private static double decode(RegisterEntry e, InputRegister[] words) {
        return e.type() == RegisterType.FLOAT32 ? floatOf(words[0].getValue(), words[1].getValue())
                : words[0].getValue();
    }

    @Test
    void aSetpointWrittenOverModbusMovesTheProcess() throws Exception {
        int bits = Float.floatToIntBits(70f);
        master.writeMultipleRegisters(1, entry(Tag.LEVEL_SP).address(),
                new Register[] {new SimpleRegister(bits >>> 16), new SimpleRegister(bits & 0xFFFF)});
        assertThat(plant.view().value(Tag.LEVEL_SP.ordinal())).as("applied at the next tick, not before")
                .isEqualTo(50.0);

        sim.advance(Duration.ofMinutes(3));

        assertThat(plant.view().value(Tag.LEVEL_SP.ordinal())).isEqualTo(70.0);
        InputRegister[] level = master.readInputRegisters(1, entry(Tag.LEVEL).address(), 2);
        assertThat(floatOf(level[0].getValue(), level[1].getValue())).isBetween(62f, 72f);
    }

    @Test
    void coilWritesSwitchModes() throws Exception {
        master.writeCoil(1, entry(Tag.AUTO).address(), false);
        sim.step();
        assertThat(master.readCoils(1, entry(Tag.AUTO).address(), 1).getBit(0)).isFalse();
        BitVector both = new BitVector(2);
        both.setBit(0, true);
        master.writeMultipleCoils(1, entry(Tag.AUTO).address(), both);
        sim.step();
        assertThat(plant.view().value(Tag.AUTO.ordinal())).isEqualTo(1.0);
    }

    @Test
    void writesAreJournaledWithTheirSource() throws Exception {
        master.writeCoil(1, entry(Tag.AUTO).address(), false);
        Transaction last = journal.recent().get(journal.recent().size() - 1);
        assertThat(last.source()).startsWith("127.0.0.1:");
        assertThat(last.function()).isEqualTo("FC05 write single coil");
        assertThat(last.address()).isEqualTo("coil 0+1");
        assertThat(last.values()).isEqualTo("T1.LIC001_AUTO=0.0");
        assertThat(last.result()).isEqualTo("ok");
        assertThat(last.outcome()).isEqualTo(TrafficOutcome.ANSWERED);
        assertThatThrownBy(() -> master.writeSingleRegister(1, entry(Tag.LEVEL_SP).address(), new SimpleRegister(0)))
                .isInstanceOf(ModbusSlaveException.class);
        Transaction refused = journal.recent().get(journal.recent().size() - 1);
        assertThat(refused.result()).startsWith("exception 02");
        assertThat(refused.outcome()).isEqualTo(TrafficOutcome.REFUSED);
        assertThat(last.plant()).isEqualTo("tank");
        assertThat(last.protocol()).isEqualTo("modbus");
    }

    @Test
    void exception01ForAnUnsupportedFunction() throws IOException {
        try (RawModbusClient raw = new RawModbusClient(server.port())) {
            assertThat(RawModbusClient.unsigned(raw.request(1, 0x07))).containsExactly(0x87, 0x01);
            assertThat(RawModbusClient.unsigned(raw.request(1, 0x2B, 0x0D, 0x00))).containsExactly(0xAB, 0x01);
        }
    }

    @Test
    void exception02ForAddressesOutsideTheMapAndForReadOnlyData() throws IOException {
        int holding = map.size(RegisterTable.HOLDING_REGISTER);
        assertThatThrownBy(() -> master.readMultipleRegisters(1, holding - 1, 2))
                .isInstanceOf(ModbusSlaveException.class).satisfies(e -> assertException(e, 2));
        assertThatThrownBy(() -> master.readInputDiscretes(1, 0, map.size(RegisterTable.DISCRETE_INPUT) + 1))
                .satisfies(e -> assertException(e, 2));
        // T1.FV002 is a read-only output in the holding registers
        int readOnly = entry(Tag.OUTFLOW).address();
        assertThatThrownBy(() -> master.writeMultipleRegisters(1, readOnly,
                new Register[] {new SimpleRegister(0x4200), new SimpleRegister(0)}))
                .satisfies(e -> assertException(e, 2));
        // half of a float cannot be written on its own
        assertThatThrownBy(() -> master.writeSingleRegister(1, entry(Tag.LEVEL_SP).address() + 1,
                new SimpleRegister(0))).satisfies(e -> assertException(e, 2));
    }

    @Test
    void exception03ForIllegalQuantitiesAndOutOfRangeValues() throws IOException {
        try (RawModbusClient raw = new RawModbusClient(server.port())) {
            assertThat(RawModbusClient.unsigned(raw.request(1, 0x03, 0, 0, 0, 0))).containsExactly(0x83, 0x03);
            assertThat(RawModbusClient.unsigned(raw.request(1, 0x04, 0, 0, 0, 126))).containsExactly(0x84, 0x03);
            assertThat(RawModbusClient.unsigned(raw.request(1, 0x01, 0, 0, 0x07, 0xD1))).containsExactly(0x81, 0x03);
            assertThat(RawModbusClient.unsigned(raw.request(1, 0x05, 0, 0, 0x12, 0x34))).containsExactly(0x85, 0x03);
            // byte count that disagrees with the quantity
            assertThat(RawModbusClient.unsigned(raw.request(1, 0x10, 0, 0, 0, 2, 2, 0, 0))).containsExactly(0x90, 0x03);
        }
        int bits = Float.floatToIntBits(150f); // the set point's range is 0 to 100 %
        assertThatThrownBy(() -> master.writeMultipleRegisters(1, entry(Tag.LEVEL_SP).address(),
                new Register[] {new SimpleRegister(bits >>> 16), new SimpleRegister(bits & 0xFFFF)}))
                .satisfies(e -> assertException(e, 3));
    }

    @Test
    void exception04WhenTheWriteCannotBeQueued() throws IOException {
        int address = entry(Tag.LEVEL_SP).address();
        int bits = Float.floatToIntBits(55f);
        int[] write = {0x10, 0, address, 0, 2, 4, bits >>> 24, (bits >>> 16) & 0xFF, (bits >>> 8) & 0xFF, bits & 0xFF};
        try (RawModbusClient raw = new RawModbusClient(server.port())) {
            for (int i = 0; i < PlantRuntime.WRITE_QUEUE_CAPACITY; i++) {
                assertThat(raw.request(1, write)[0]).isEqualTo((byte) 0x10);
            }
            assertThat(RawModbusClient.unsigned(raw.request(1, write))).containsExactly(0x90, 0x04);
            sim.step();
            assertThat(raw.request(1, write)[0]).as("accepted again once the tick drained the queue")
                    .isEqualTo((byte) 0x10);
        }
    }

    @Test
    void exception0BForAnUnknownUnitAndAliasesServed() throws Exception {
        try (RawModbusClient raw = new RawModbusClient(server.port())) {
            assertThat(RawModbusClient.unsigned(raw.request(7, 0x03, 0, 0, 0, 1))).containsExactly(0x83, 0x0B);
            assertThat(raw.request(0, 0x03, 0, 0, 0, 1)[0]).isEqualTo((byte) 0x03);
            assertThat(raw.request(255, 0x03, 0, 0, 0, 1)[0]).isEqualTo((byte) 0x03);
        }
    }

    @Test
    void readWriteMultipleRegistersWritesThenReads() throws IOException {
        int sp = entry(Tag.LEVEL_SP).address();
        int bits = Float.floatToIntBits(42f);
        try (RawModbusClient raw = new RawModbusClient(server.port())) {
            int[] response = RawModbusClient.unsigned(raw.request(1, 0x17, 0, sp, 0, 2, 0, sp, 0, 2, 4,
                    bits >>> 24, (bits >>> 16) & 0xFF, (bits >>> 8) & 0xFF, bits & 0xFF));
            assertThat(response[0]).isEqualTo(0x17);
            assertThat(response[1]).isEqualTo(4);
        }
        sim.step();
        assertThat(plant.view().value(Tag.LEVEL_SP.ordinal())).isEqualTo(42.0);
    }

    @Test
    void deviceIdentificationNamesVendorAndPlant() throws IOException {
        try (RawModbusClient raw = new RawModbusClient(server.port())) {
            byte[] basic = raw.request(1, 0x2B, 0x0E, 0x01, 0x00);
            assertThat(basic[0]).isEqualTo((byte) 0x2B);
            assertThat(basic[6]).as("number of objects").isEqualTo((byte) 3);
            assertThat(new String(basic, 9, basic[8], StandardCharsets.US_ASCII)).isEqualTo("ICS Drill");

            byte[] product = raw.request(1, 0x2B, 0x0E, 0x04, 0x04);
            assertThat(new String(product, 9, product[8], StandardCharsets.US_ASCII)).isEqualTo("Test tank");

            assertThat(RawModbusClient.unsigned(raw.request(1, 0x2B, 0x0E, 0x04, 0x50))).containsExactly(0xAB, 0x02);
            assertThat(RawModbusClient.unsigned(raw.request(1, 0x2B, 0x0E, 0x05, 0x00))).containsExactly(0xAB, 0x03);
        }
    }

    /** A master may send several requests before reading (Modbus/TCP pipelining): each gets its answer, in order. */
    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws IOException {
        try (RawModbusClient raw = new RawModbusClient(server.port())) {
            ByteArrayOutputStream batch = new ByteArrayOutputStream();
            batch.write(raw.frame(1, 0x04, 0, 0, 0, 2));
            batch.write(raw.frame(1, 0x07)); // unsupported: an exception answer between normal ones
            batch.write(raw.frame(1, 0x03, 0, 0, 0, 1));
            raw.sendRaw(batch.toByteArray());

            assertThat(raw.receive()[0]).isEqualTo((byte) 0x04);
            assertThat(raw.lastTransaction()).isEqualTo(1);
            assertThat(RawModbusClient.unsigned(raw.receive())).containsExactly(0x87, 0x01);
            assertThat(raw.lastTransaction()).isEqualTo(2);
            assertThat(raw.receive()[0]).isEqualTo((byte) 0x03);
            assertThat(raw.lastTransaction()).isEqualTo(3);
        }
    }

    /** Answers wait for the rest of a batch only when its next request is already whole in the buffer. */
    @Test
    void anAnswerIsSentWhileTheNextRequestIsStillArriving() throws IOException {
        try (RawModbusClient raw = new RawModbusClient(server.port())) {
            byte[] first = raw.frame(1, 0x04, 0, 0, 0, 2);
            byte[] second = raw.frame(1, 0x03, 0, 0, 0, 1);
            byte[] sent = Arrays.copyOf(first, first.length + 4);
            System.arraycopy(second, 0, sent, first.length, 4);
            raw.sendRaw(sent);

            assertThat(raw.receive()[0]).as("answered before the second request is complete").isEqualTo((byte) 0x04);
            raw.sendRaw(Arrays.copyOfRange(second, 4, second.length));
            assertThat(raw.receive()[0]).isEqualTo((byte) 0x03);
            assertThat(raw.lastTransaction()).isEqualTo(2);
        }
    }

    @Test
    void aGarbageFrameClosesOnlyItsOwnConnection() throws Exception {
        try (RawModbusClient bad = new RawModbusClient(server.port());
             RawModbusClient good = new RawModbusClient(server.port())) {
            assertThat(good.request(1, 0x04, 0, 0, 0, 2)[0]).isEqualTo((byte) 0x04);
            bad.sendRaw(new byte[] {0x12, 0x34, 0x56, 0x78, 0x00, 0x06, 0x01, 0x03, 0, 0, 0, 1});
            assertThat(bad.isClosedByServer()).isTrue();
            assertThat(good.request(1, 0x04, 0, 0, 0, 2)[0]).isEqualTo((byte) 0x04);
        }
        try (RawModbusClient truncated = new RawModbusClient(server.port())) {
            truncated.send(1, 0x03, 0, 0); // too short for function 3
            assertThat(truncated.isClosedByServer()).isTrue();
        }
        assertThat(master.readInputRegisters(1, 0, 2)).hasSize(2);
    }

    @Test
    void anIsolatedHostIsCutOffWhileOthersGoOn() throws Exception {
        try (RawModbusClient raw = new RawModbusClient(server.port())) {
            policy.isolate("127.0.0.1");
            raw.send(1, 0x04, 0, 0, 0, 2);
            assertThat(raw.isClosedByServer()).isTrue();
        }
        policy.release("127.0.0.1");
        try (RawModbusClient raw = new RawModbusClient(server.port())) {
            assertThat(raw.request(1, 0x04, 0, 0, 0, 2)[0]).isEqualTo((byte) 0x04);
        }
    }

    @Test
    void isolationCutsAnIdleConnectionAtOnceAndJournalsTheCutAndEachRefusedConnect() throws Exception {
        try (RawModbusClient idle = new RawModbusClient(server.port())) {
            assertThat(idle.request(1, 0x04, 0, 0, 0, 2)[0]).isEqualTo((byte) 0x04);
            policy.isolate("127.0.0.1"); // the client sends nothing more: its connection must go all the same
            assertThat(journal.recent()).anySatisfy(t -> {
                assertThat(t.function()).isEqualTo("disconnect");
                assertThat(t.result()).isEqualTo("dropped: host isolated");
                assertThat(t.outcome()).isEqualTo(TrafficOutcome.DROPPED);
            });
            assertThat(idle.isClosedByServer()).isTrue();
            try (Socket again = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                again.setSoTimeout(5_000);
                assertThat(again.getInputStream().read()).as("refused at accept").isEqualTo(-1);
            }
            assertThat(journal.recent()).anySatisfy(t -> {
                assertThat(t.function()).isEqualTo("connect");
                assertThat(t.result()).isEqualTo("refused: host isolated");
                assertThat(t.outcome()).isEqualTo(TrafficOutcome.REFUSED);
            });
        } finally {
            policy.release("127.0.0.1");
        }
    }

    @Test
    void aLostLinkCutsEveryConnectionAtOnce() throws Exception {
        try (RawModbusClient idle = new RawModbusClient(server.port())) {
            assertThat(idle.request(1, 0x04, 0, 0, 0, 2)[0]).isEqualTo((byte) 0x04);
            policy.linkDown(plant.id());
            assertThat(idle.isClosedByServer()).isTrue();
            assertThat(journal.recent()).anySatisfy(t -> assertThat(t.result()).isEqualTo("dropped: link down"));
        } finally {
            policy.linkUp(plant.id());
        }
        try (RawModbusClient after = new RawModbusClient(server.port())) {
            assertThat(after.request(1, 0x04, 0, 0, 0, 2)[0]).as("served again once the link is back")
                    .isEqualTo((byte) 0x04);
        }
    }

    @Test
    void aFailingJournalListenerDoesNotCostTheClientItsAnswer() throws Exception {
        // regression: the listener's exception escaped into the connection thread, which closed the
        // connection after queueing the write but before answering it
        journal.subscribe(t -> {
            throw new IllegalStateException("a broken network monitor");
        });
        try (RawModbusClient raw = new RawModbusClient(server.port())) {
            assertThat(RawModbusClient.unsigned(raw.request(1, 0x05, 0, entry(Tag.AUTO).address(), 0, 0)))
                    .containsExactly(0x05, 0, entry(Tag.AUTO).address(), 0, 0);
            assertThat(raw.request(1, 0x04, 0, 0, 0, 2)[0]).as("and the connection goes on").isEqualTo((byte) 0x04);
        }
    }

    @Test
    void blockedCommandsAreAnsweredButNeverReachThePlc() throws Exception {
        policy.blockCommands(SourcePolicy.Origin.ATTACK, SourcePolicy.ANY);
        master.writeCoil(1, entry(Tag.AUTO).address(), false);
        sim.step();
        assertThat(plant.view().value(Tag.AUTO.ordinal())).isEqualTo(1.0);
        Transaction dropped = journal.recent().get(journal.recent().size() - 1);
        assertThat(dropped.result()).contains("dropped");
        assertThat(dropped.outcome()).as("answered ok, but not applied").isEqualTo(TrafficOutcome.DROPPED);
    }

    @Test
    void aReadWhoseAnswerIsWithheldIsJournaledAsDroppedNotOk() throws Exception {
        policy.blockReports(SourcePolicy.Origin.ATTACK, "127.0.0.10");
        try (RawModbusClient scada = new RawModbusClient(server.port(), "127.0.0.10")) {
            scada.send(1, 0x04, 0, 0, 0, 2);
            assertThat(policy.awaitWithheld("127.0.0.10:" + scada.socket().getLocalPort(), 5_000)).isTrue();
            Transaction withheld = journal.recent().get(journal.recent().size() - 1);
            assertThat(withheld.result()).isEqualTo("ok (answer withheld on the network path)");
            assertThat(withheld.outcome()).isEqualTo(TrafficOutcome.DROPPED);
        } finally {
            policy.unblockReports(SourcePolicy.Origin.ATTACK, "127.0.0.10");
        }
    }

    private static void assertException(Throwable e, int code) {
        assertThat(e).isInstanceOf(ModbusSlaveException.class);
        assertThat(((ModbusSlaveException) e).getType()).isEqualTo(code);
    }
}
