package org.icsdrill.cli;

import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.opcua.OpcUaConfig;
import org.icsdrill.scenario.hosts.site.FlowServices;
import org.icsdrill.scenario.site.Site;

/**
 * The ports the capture writes for a site's servers that took free ports ({@code --modbus-port 0},
 * {@code --opcua-port 0}): the ports the site declares (the default OPC UA port for the SCADA server), so that two
 * runs of a seed, each on the free ports it was given, write the same capture (ADR 14, 22). Without a site the
 * capture keeps the real ports: there is no declared port to write, and several plants share one address.
 */
final class CapturePorts {

    private CapturePorts() {
    }

    static Map<InetSocketAddress, Integer> nominal(RunOptions options, List<ModbusTcpServer> modbus, int opcUaPort,
                                                   FlowServices flows) {
        Map<InetSocketAddress, Integer> ports = new LinkedHashMap<>();
        Site site = options.site();
        if (site == null) {
            return ports;
        }
        if (options.modbusPort() == 0) {
            for (ModbusTcpServer server : modbus) {
                ports.put(new InetSocketAddress(server.address(), server.port()),
                        SitePlacement.modbusPort(site, server.plantId()));
            }
            ports.putAll(flows.declaredPorts());
        }
        if (options.opcuaPort() == 0) {
            ports.put(new InetSocketAddress(SitePlacement.address(SitePlacement.scada(site)), opcUaPort),
                    OpcUaConfig.DEFAULT_PORT);
        }
        return ports;
    }
}
