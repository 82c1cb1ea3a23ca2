package org.icsdrill.scenario.hosts;

import java.net.InetSocketAddress;
import org.icsdrill.core.modbus.RegisterMap;

/** Where a plant's PLC answers Modbus/TCP, and its register map. */
public record PlantEndpoint(String plant, InetSocketAddress modbus, RegisterMap registers) {
}
