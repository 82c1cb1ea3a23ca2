package org.icsdrill.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.icsdrill.api.HostState;
import org.icsdrill.api.SiteView;
import org.icsdrill.core.net.ConduitRule;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.net.NetworkZone;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.core.site.SiteHosts;
import org.icsdrill.core.site.SiteState;

/**
 * The reference site of docs/site.md written out by hand (the ui does not depend on the loader), as the
 * server's {@link SiteState} for the site screen's tests: zones, hosts with their accounts, conduits.
 */
public final class ReferenceSite {

    public static final List<SiteView.Zone> ZONES = List.of(
            new SiteView.Zone("internet", 5, 1, "127.0.50.0/24"),
            new SiteView.Zone("enterprise", 4, 2, "127.0.40.0/24"),
            new SiteView.Zone("dmz", 3.5, 3, "127.0.35.0/24"),
            new SiteView.Zone("operations", 3, 2, "127.0.0.0/24"),
            new SiteView.Zone("control-power", 2, 3, "127.0.21.0/24"),
            new SiteView.Zone("control-gas", 2, 3, "127.0.22.0/24"),
            new SiteView.Zone("control-building", 2, 3, "127.0.23.0/24"),
            new SiteView.Zone("control-chemical", 2, 3, "127.0.24.0/24"),
            new SiteView.Zone("safety", 1, 4, "127.0.9.0/24"));

    public static final List<SiteView.Host> HOSTS = List.of(
            host("supplier-laptop", "supplier", "internet", "127.0.50.10", "vendor-support:supplier"),
            host("directory", "directory", "enterprise", "127.0.40.5", "domain-admin:admin"),
            host("office-pc-1", "office-pc", "enterprise", "127.0.40.11", "a.tanaka:user"),
            host("office-pc-2", "office-pc", "enterprise", "127.0.40.12", "m.kovalenko:user"),
            host("mail", "mail", "enterprise", "127.0.40.25", "mail-svc:service"),
            host("historian-replica", "historian-replica", "dmz", "127.0.35.10", "historian-svc:service"),
            host("jump-host", "jump-host", "dmz", "127.0.35.20", "jump-admin:admin"),
            host("remote-access", "remote-access-gateway", "dmz", "127.0.35.30", "vendor-support:supplier"),
            host("hmi-station", "hmi", "operations", "127.0.0.1", "operator:user"),
            host("scada", "scada", "operations", "127.0.0.10", "scada-svc:service"),
            host("engineering", "engineering-workstation", "operations", "127.0.0.20", "engineer:user",
                    "ews-admin:admin"),
            host("console", "hmi", "operations", "127.0.0.30", "operator:user"),
            host("power-plc", "plc", "control-power", "127.0.21.2"),
            host("gas-plc", "plc", "control-gas", "127.0.22.2"),
            host("building-plc", "plc", "control-building", "127.0.23.2"),
            host("chemical-plc", "plc", "control-chemical", "127.0.24.2"),
            host("chemical-sis", "sis", "safety", "127.0.9.2"));

    public static final List<ConduitRule> CONDUITS = conduits();

    private ReferenceSite() {
    }

    /**
     * The site as a run starts it, its firewall counting the decisions a test asks of it, its host log
     * stamped with {@code plantTime}. The firewall is not the endpoints': the tests' one OPC UA server at
     * 127.0.0.1 is then reached from any zone, as the zone filter's tests need.
     */
    public static SiteState state(SourcePolicy policy, DoubleSupplier plantTime) {
        Firewall firewall = Firewall.of(ZONES.stream().map(z -> new NetworkZone(z.name(), z.cidr())).toList(),
                CONDUITS, plantTime);
        HostEventLog log = new HostEventLog(plantTime);
        return new SiteState("reference", ZONES, new SiteHosts(HOSTS, policy, log), log, firewall);
    }

    /**
     * The site of a simulator's run: its exercise publishes it on Exercise.Site and Exercise.HostEvents, and,
     * as icsdrill run --site does, every host the site declares joins the asset inventory.
     */
    public static SiteState install(SimulatorFixture simulator) {
        SiteState state = state(simulator.policy, simulator.simulation::plantTimeSeconds);
        simulator.exercise.setSite(state);
        simulator.exercise.setKnownHosts(HOSTS.stream().map(SiteView.Host::address).toList());
        return state;
    }

    /** The view of a fresh site, without a simulator. */
    public static SiteView view() {
        return state(new SourcePolicy(), () -> 0).view();
    }

    private static SiteView.Host host(String name, String role, String zone, String address, String... accounts) {
        List<SiteView.Account> list = new ArrayList<>();
        for (String account : accounts) {
            String[] nameAndKind = account.split(":");
            list.add(new SiteView.Account(nameAndKind[0], nameAndKind[1], true, 0));
        }
        return new SiteView.Host(name, role, zone, address, HostState.CLEAN, list);
    }

    private static List<ConduitRule> conduits() {
        List<ConduitRule> rules = new ArrayList<>(List.of(
                new ConduitRule("enterprise-dmz", "enterprise", "dmz", "https", 443, "fw-dmz"),
                new ConduitRule("enterprise-dmz", "enterprise", "dmz", "rdp", 3389, "fw-dmz"),
                new ConduitRule("internet-dmz", "internet", "dmz", "vpn", 443, "fw-dmz"),
                new ConduitRule("dmz-operations", "dmz", "operations", "rdp", 3389, "fw-ops"),
                new ConduitRule("operations-dmz", "operations", "dmz", "pi", 5450, "fw-dmz")));
        for (String plant : List.of("power", "gas", "building", "chemical")) {
            rules.add(new ConduitRule("operations-control-" + plant, "operations", "control-" + plant, "modbus", 5020,
                    "fw-ops"));
        }
        return List.copyOf(rules);
    }
}
