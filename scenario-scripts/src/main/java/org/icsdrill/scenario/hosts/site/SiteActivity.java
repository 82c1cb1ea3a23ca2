package org.icsdrill.scenario.hosts.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.core.site.SiteHosts;
import org.icsdrill.scenario.hosts.BaselineTraffic;
import org.icsdrill.scenario.site.Account;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Site;

/**
 * The site's IT hosts going about their day (docs/site.md, "Hosts that live"), attached to a simulation
 * as a tick listener: every office PC's user, the historian's replication from the SCADA server to each
 * replica, the engineer at the engineering workstation, an administrator through the jump host and the
 * supplier through the remote-access gateway,
 * each where the site has the hosts it needs. Seeded: a run of a seed opens the same flows at the same
 * plant times and logs the same events, as long as the responses taken are the same.
 */
public final class SiteActivity implements TickListener, AutoCloseable {

    /** Mean plant seconds between an administrator's sessions through the jump host. */
    static final double ADMIN_INTERVAL = 1_800;
    /** Mean plant seconds between the supplier's remote sessions. */
    static final double SUPPLIER_INTERVAL = 3_600;

    private final Simulation simulation;
    private final List<Routine> routines;

    private SiteActivity(Simulation simulation, List<Routine> routines) {
        this.simulation = simulation;
        this.routines = routines;
    }

    public static SiteActivity attach(Simulation simulation, Site site, SiteHosts hosts, HostEventLog log,
                                      ServiceLocator services, long seed) {
        HostActions actions = new HostActions(hosts, log, new FlowClient(BaselineTraffic.TIMEOUT), services);
        SplittableRandom seeds = new SplittableRandom(seed ^ 0x517EL);
        List<Routine> routines = new ArrayList<>();
        Optional<Host> directory = first(site, "directory");
        Optional<Host> mail = first(site, "mail");
        Optional<Host> replica = first(site, "historian-replica");
        Optional<Host> engineering = first(site, "engineering-workstation");
        List<Host> offices = role(site, "office-pc");
        for (Host pc : offices) {
            account(pc, "user").ifPresent(user -> routines.add(new OfficeRoutine(seeds.split(), actions, pc, user,
                    directory, mail, replica)));
        }
        for (Host scada : role(site, "scada")) {
            for (Host to : role(site, "historian-replica")) {
                routines.add(new ReplicationRoutine(seeds.split(), actions, scada, to,
                        account(scada, "service").orElse("")));
            }
        }
        engineering.ifPresent(ews -> account(ews, "user").ifPresent(engineer -> routines.add(
                new EngineerDeskRoutine(seeds.split(), actions, ews, engineer))));
        Optional<Host> jump = first(site, "jump-host");
        if (jump.isPresent() && engineering.isPresent() && !offices.isEmpty()) {
            SplittableRandom random = seeds.split();
            routines.add(new RemoteSessionRoutine(random, actions,
                    hop(offices.get(0), jump.get(), "rdp", "admin", "rdp"),
                    hop(jump.get(), engineering.get(), "rdp", "admin", "rdp"),
                    300 + random.nextDouble() * 900, ADMIN_INTERVAL));
        }
        Optional<Host> gateway = first(site, "remote-access-gateway");
        Optional<Host> supplier = first(site, "supplier");
        if (gateway.isPresent() && supplier.isPresent() && engineering.isPresent()) {
            SplittableRandom random = seeds.split();
            routines.add(new RemoteSessionRoutine(random, actions,
                    hop(supplier.get(), gateway.get(), "vpn", "supplier", "vpn"),
                    hop(gateway.get(), engineering.get(), "rdp", "admin", "rdp"),
                    900 + random.nextDouble() * 1_800, SUPPLIER_INTERVAL));
        }
        SiteActivity activity = new SiteActivity(simulation, routines);
        simulation.addListener(activity);
        return activity;
    }

    @Override
    public void beforeTick(Simulation s, long tick, double plantTimeSeconds) {
        for (Routine routine : routines) {
            if (routine.due(plantTimeSeconds)) {
                routine.run(plantTimeSeconds);
            }
        }
    }

    /** A hop logging on at {@code to} with its account of {@code kind} (the first one). */
    private static RemoteSessionRoutine.Hop hop(Host from, Host to, String protocol, String kind, String how) {
        return new RemoteSessionRoutine.Hop(from, to, protocol, account(to, kind).or(() -> account(to, "user"))
                .orElse("administrator"), how);
    }

    private static Optional<String> account(Host host, String kind) {
        return host.accounts().stream().filter(a -> a.kind().equals(kind)).map(Account::name).findFirst();
    }

    private static Optional<Host> first(Site site, String role) {
        return role(site, role).stream().findFirst();
    }

    private static List<Host> role(Site site, String role) {
        return site.hosts().stream().filter(h -> h.role().equals(role)).toList();
    }

    @Override
    public void close() {
        simulation.removeListener(this);
    }
}
