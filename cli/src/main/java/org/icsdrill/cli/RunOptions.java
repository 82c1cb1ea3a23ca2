package org.icsdrill.cli;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.scenario.site.Site;

/**
 * What {@code icsdrill run} was asked to do.
 *
 * @param duration   plant time to run for, or null to run until stopped
 * @param modbusPort the first plant's Modbus port, the next plants on the following ports; 0 picks free ports
 * @param opcuaPort  0 picks a free port
 * @param startTime  the wall-clock instant plant time 0 maps to, or null for now
 * @param journalFile where the transaction journal goes, or null for the data directory's journal folder
 * @param modbusAllowed source addresses the Modbus servers let in; empty lets everyone in
 * @param opcUaWithoutNone whether the OPC UA endpoint drops SecurityPolicy None
 * @param zone       the time zone of the plants' calendar (the scenario's); UTC without a scenario
 * @param site       the site network whose zones and conduits the endpoints enforce, each plant's PLC at its
 *                   address in the site; null for one flat segment, every endpoint on {@code bind}
 * @param coupled    whether the plants run as one site, coupled (docs/coupling.md), or each as alone
 */
record RunOptions(List<String> plants, Speed speed, Duration duration, long seed, int modbusPort, int opcuaPort,
                  InetAddress bind, Path dataDirectory, Instant startTime, Path journalFile, Set<String> modbusAllowed,
                  boolean opcUaWithoutNone, ZoneId zone, Site site, List<String> advertised, boolean coupled) {

    RunOptions {
        advertised = advertised == null ? List.of() : List.copyOf(advertised);
    }

    RunOptions(List<String> plants, Speed speed, Duration duration, long seed, int modbusPort, int opcuaPort,
               InetAddress bind, Path dataDirectory, Instant startTime, Path journalFile, Set<String> modbusAllowed,
               boolean opcUaWithoutNone) {
        this(plants, speed, duration, seed, modbusPort, opcuaPort, bind, dataDirectory, startTime, journalFile,
                modbusAllowed, opcUaWithoutNone, ZoneOffset.UTC, null, List.of(), true);
    }

    /** The same run on the calendar of a time zone. */
    RunOptions inZone(ZoneId value) {
        return new RunOptions(plants, speed, duration, seed, modbusPort, opcuaPort, bind, dataDirectory, startTime,
                journalFile, modbusAllowed, opcUaWithoutNone, value, site, advertised, coupled);
    }

    /** The same run on a site network. */
    RunOptions onSite(Site value) {
        return new RunOptions(plants, speed, duration, seed, modbusPort, opcuaPort, bind, dataDirectory, startTime,
                journalFile, modbusAllowed, opcUaWithoutNone, zone, value, advertised, coupled);
    }

    /**
     * The same run with more host names for the OPC UA endpoint's URLs and certificate: the names clients
     * reach it by (a Kubernetes Service), when the bind address is not one.
     */
    RunOptions advertising(List<String> names) {
        return new RunOptions(plants, speed, duration, seed, modbusPort, opcuaPort, bind, dataDirectory, startTime,
                journalFile, modbusAllowed, opcUaWithoutNone, zone, site, names, coupled);
    }

    /** The same run with the plants coupled or each as alone. */
    RunOptions coupled(boolean value) {
        return new RunOptions(plants, speed, duration, seed, modbusPort, opcuaPort, bind, dataDirectory, startTime,
                journalFile, modbusAllowed, opcUaWithoutNone, zone, site, advertised, value);
    }

    RunOptions(List<String> plants, Speed speed, Duration duration, long seed, int modbusPort, int opcuaPort,
               InetAddress bind, Path dataDirectory) {
        this(plants, speed, duration, seed, modbusPort, opcuaPort, bind, dataDirectory, null, null, Set.of(), false);
    }
}
