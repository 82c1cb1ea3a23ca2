package org.icsdrill.scenario.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.msg.ModbusResponse;
import com.ghgande.j2mod.modbus.msg.ReadCoilsRequest;
import com.ghgande.j2mod.modbus.msg.ReadInputRegistersRequest;
import com.ghgande.j2mod.modbus.msg.ReadInputRegistersResponse;
import com.ghgande.j2mod.modbus.msg.ReadMultipleRegistersRequest;
import com.ghgande.j2mod.modbus.msg.ReadMultipleRegistersResponse;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.modbus.RegisterTable;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.plants.Plants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulated hosts' Modbus master against a live plant's server, over loopback. */
class ModbusHostClientTest {

    private TransactionJournal journal;
    private ModbusTcpServer server;
    private ModbusHostClient client;
    private int inputs;

    @BeforeEach
    void serveTheChemicalPlant() throws Exception {
        Simulation sim = new Simulation(SimulationConfig.defaults(3), List.of(Plants.create("chemical")));
        sim.advance(Duration.ofSeconds(5));
        inputs = RegisterMap.of(sim.plant("chemical").catalog()).size(RegisterTable.INPUT_REGISTER);
        journal = TransactionJournal.inMemory(100);
        server = ModbusTcpServer.start(sim.plant("chemical"), ModbusServerConfig.loopback(0), journal,
                new SourcePolicy(), "test");
        client = ModbusHostClient.connect(InetAddress.getByName("127.0.0.10"),
                new InetSocketAddress("127.0.0.1", server.port()), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
        journal.close();
    }

    @Test
    void aPipelinedBatchGetsTheSameAnswersAsOneRequestAtATimeInOrder() throws Exception {
        int[] inputWords = client.readInputRegisters(0, inputs);
        int[] holdingWords = client.readHoldingRegisters(0, 4);

        List<ModbusResponse> answers = client.pipeline(List.of(new ReadInputRegistersRequest(0, inputs),
                new ReadCoilsRequest(0, 1), new ReadMultipleRegistersRequest(0, 4)));

        assertThat(answers).hasSize(3);
        assertThat(((ReadInputRegistersResponse) answers.get(0)).getWordCount()).isEqualTo(inputs);
        assertThat(((ReadInputRegistersResponse) answers.get(0)).getRegisterValue(inputs - 1))
                .isEqualTo(inputWords[inputs - 1]);
        assertThat(((ReadMultipleRegistersResponse) answers.get(2)).getRegisterValue(3))
                .isEqualTo(holdingWords[3]);
        assertThat(journal.recent()).extracting(Transaction::function).containsExactly(
                "FC04 read input registers", "FC03 read holding registers", "FC04 read input registers",
                "FC01 read coils", "FC03 read holding registers");
    }

    @Test
    void anExceptionInsideABatchIsThrownAfterTheWholeBatchIsReadSoTheNextCallStillWorks() throws Exception {
        assertThatThrownBy(() -> client.pipeline(List.of(new ReadInputRegistersRequest(inputs, 1),
                new ReadInputRegistersRequest(0, 1))))
                .isInstanceOf(ModbusSlaveException.class)
                .satisfies(e -> assertThat(((ModbusSlaveException) e).getType()).isEqualTo(2));

        assertThat(client.readInputRegisters(0, 2)).hasSize(2);
        // the poller's undecoded cycle checks its answers the same way
        assertThatThrownBy(() -> client.poll(List.of(new ReadInputRegistersRequest(0, 1),
                new ReadInputRegistersRequest(inputs, 1))))
                .isInstanceOf(ModbusSlaveException.class)
                .satisfies(e -> assertThat(((ModbusSlaveException) e).getType()).isEqualTo(2));
        client.poll(List.of(new ReadInputRegistersRequest(0, inputs), new ReadCoilsRequest(0, 1)));
        assertThat(journal.recent()).hasSize(7);
    }
}
