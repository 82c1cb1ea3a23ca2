package org.icsdrill.cli;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.scenario.hosts.site.FlowServices;
import org.icsdrill.scenario.site.Site;

/**
 * The ports the capture writes for servers that took free ports ({@code --modbus-port 0}, {@code --opcua-port 0}):
 * the ones the run would have listened on otherwise (the site's declared ports; without a site the default
 * {@code --modbus-port} and up, and the default OPC UA port), so that two runs of a seed, each on the free ports
 * it was given, write the same capture (ADR 14, 22).
 */
final class CapturePorts {

    static final int DEFAULT_MODBUS_PORT = 5020;
    static final int DEFAULT_OPCUA_PORT = 4840;

    private CapturePorts() {
    }

    static Map<InetSocketAddress, Integer> nominal(RunOptions options, List<ModbusTcpServer> modbus,
                                                   int opcUaPort, FlowServices flows) {
        Map<InetSocketAddress, Integer> ports = new LinkedHashMap<>();
        Site site = options.site();
        if (options.modbusPort() == 0) {
            for (int i = 0; i < modbus.size(); i++) {
                ModbusTcpServer server = modbus.get(i);
                int nominal = site == null ? DEFAULT_MODBUS_PORT + i : SitePlacement.modbusPort(site, server.plantId());
                ports.put(new InetSocketAddress(server.address(), server.port()), nominal);
            }
            ports.putAll(flows.declaredPorts());
        }
        if (options.opcuaPort() == 0) {
            InetAddress opcUa = site == null ? options.bind() : SitePlacement.address(SitePlacement.scada(site));
            ports.put(new InetSocketAddress(opcUa, opcUaPort), DEFAULT_OPCUA_PORT);
        }
        return ports;
    }
}
