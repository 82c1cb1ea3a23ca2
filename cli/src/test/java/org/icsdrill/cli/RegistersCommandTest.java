package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import java.time.Duration;
import java.util.List;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.plants.Plants;
import org.junit.jupiter.api.Test;

/** The printed map is the served map: every CSV row, read over Modbus, gives the tag's value. */
class RegistersCommandTest {

    @Test
    void theCsvMapParsesAndMatchesWhatTheServerServes() throws Exception {
        CliTest.Outcome o = CliTest.icsdrill("registers", "--plant", "chemical", "--format", "csv");
        assertThat(o.code()).isZero();
        List<String> lines = o.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("tag,table,address,type,scale,unit,min,max,access,description");
        assertThat(lines).hasSizeGreaterThanOrEqualTo(21);

        Simulation sim = new Simulation(SimulationConfig.defaults(5), List.of(Plants.create("chemical")));
        PlantRuntime plant = sim.plant("chemical");
        sim.advance(Duration.ofSeconds(30));
        try (TransactionJournal journal = TransactionJournal.inMemory(100);
             ModbusTcpServer server = ModbusTcpServer.start(plant, ModbusServerConfig.loopback(0), journal,
                     new SourcePolicy(), "test")) {
            ModbusTCPMaster master = new ModbusTCPMaster("127.0.0.1", server.port(), 5_000, false);
            master.connect();
            try {
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = parseCsvLine(line);
                    assertThat(f).as(line).hasSize(10);
                    String tag = f[0];
                    int address = Integer.parseInt(f[2]);
                    double expected = plant.view().value(plant.catalog().require(tag));
                    double served = switch (f[1]) {
                        case "input_register" -> value(f[3], master.readInputRegisters(1, address, width(f[3])));
                        case "holding_register" -> value(f[3], master.readMultipleRegisters(1, address, width(f[3])));
                        case "coil" -> master.readCoils(1, address, 1).getBit(0) ? 1 : 0;
                        case "discrete_input" -> master.readInputDiscretes(1, address, 1).getBit(0) ? 1 : 0;
                        default -> throw new AssertionError("unknown table " + f[1]);
                    };
                    assertThat(served).as(tag).isEqualTo(f[3].equals("float32") ? (double) (float) expected
                            : (double) Math.round(expected));
                    assertThat(Double.parseDouble(f[6])).isLessThan(Double.parseDouble(f[7]));
                    assertThat(f[8]).isIn("read_only", "operator", "engineer");
                }
            } finally {
                master.disconnect();
            }
        }
    }

    @Test
    void markdownIsATable() {
        CliTest.Outcome o = CliTest.icsdrill("registers", "--plant", "chemical", "--format", "markdown");
        assertThat(o.code()).isZero();
        assertThat(o.out().lines().findFirst().orElseThrow()).startsWith("| tag | table | address |");
    }

    private static int width(String type) {
        return type.equals("float32") ? 2 : 1;
    }

    private static double value(String type, InputRegister[] words) {
        return type.equals("float32")
                ? Float.intBitsToFloat((words[0].getValue() << 16) | words[1].getValue())
                : words[0].getValue();
    }

    /** RFC 4180 fields: commas inside double quotes, doubled quotes inside quoted fields. */
    static String[] parseCsvLine(String line) {
        java.util.ArrayList<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }

}
