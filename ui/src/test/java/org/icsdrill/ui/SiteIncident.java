package org.icsdrill.ui;

import java.time.Duration;
import org.icsdrill.api.HostEventAction;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.site.HostEventLog.Entry;
import org.icsdrill.core.site.SiteState;

/**
 * A small intrusion on the reference site for the site screen's pictures and view tests, told on the
 * site's own objects as plant time goes from 00:08 to 00:12: a phished office PC reaches the jump host over
 * RDP, a stolen administrator's session there dumps credentials and is refused at the control zone;
 * the team quarantines the PC, closes RDP into the DMZ and resets the password. Routine flows around it.
 */
final class SiteIncident {

    private final SimulatorFixture simulator;
    final SiteState site;

    /** The site on the simulator's run; the story moves plant time on as it goes. */
    SiteIncident(SimulatorFixture simulator) {
        this.simulator = simulator;
        site = ReferenceSite.install(simulator);
    }

    void play() {
        at(480);
        Firewall firewall = site.firewall();
        for (int i = 0; i < 30; i++) {
            firewall.check("127.0.40.12:" + (50_000 + i), "127.0.35.10", 443, "https"); // office users read the historian
            firewall.check("127.0.0.10:" + (51_000 + i), "127.0.35.10", 5450, "pi"); // replication
            for (String plant : new String[] {"21", "22", "23", "24"}) { // SCADA polls each plant's PLC
                firewall.check("127.0.0.10:" + (52_000 + i), "127.0." + plant + ".2", 5020, "modbus");
            }
        }
        log(490, Entry.of("office-pc-1", HostEventAction.LOGON, true, "interactive logon").by("a.tanaka"));
        log(520, Entry.of("office-pc-1", HostEventAction.PROCESS_STARTED, true,
                "WINWORD.EXE started powershell.exe -nop -w hidden -enc JABjAD0A").by("a.tanaka"));
        site.hosts().compromise("office-pc-1");
        log(545, Entry.of("office-pc-1", HostEventAction.NETWORK_CONNECTION, true, "mstsc.exe").by("a.tanaka")
                .to("127.0.35.20", 3389, "rdp"));
        firewall.check("127.0.40.11:53000", "127.0.35.20", 3389, "rdp");
        log(546, Entry.of("jump-host", HostEventAction.LOGON, false, "remote interactive logon from 127.0.40.11:"
                + " bad password").by("vendor-support"));
        log(560, Entry.of("jump-host", HostEventAction.LOGON, true, "remote interactive logon from 127.0.40.11")
                .by("jump-admin"));
        site.hosts().compromise("jump-host");
        log(585, Entry.of("jump-host", HostEventAction.PROCESS_STARTED, true, "procdump64.exe -ma lsass.exe")
                .by("jump-admin"));
        log(602, Entry.of("jump-host", HostEventAction.NETWORK_CONNECTION, true, "mstsc.exe").by("jump-admin")
                .to("127.0.0.20", 3389, "rdp"));
        firewall.check("127.0.35.20:53001", "127.0.0.20", 3389, "rdp");
        log(630, Entry.of("jump-host", HostEventAction.FIREWALL_DROP, false, "default-deny").by("jump-admin")
                .to("127.0.24.2", 5020, "modbus"));
        firewall.check("127.0.35.20:53002", "127.0.24.2", 5020, "modbus");
        at(660.0);
        site.hosts().quarantine("office-pc-1");
        at(690.0);
        firewall.closeService("enterprise-dmz", "rdp", 3389);
        firewall.check("127.0.40.12:53003", "127.0.35.20", 3389, "rdp");
        at(720.0);
        site.hosts().resetCredential("jump-admin");
        site.hosts().disable("vendor-support");
    }

    private void log(double time, Entry entry) {
        at(time);
        site.events().log(entry);
    }

    /** Moves the plant on to {@code time}, plant seconds. */
    private void at(double time) {
        double now = simulator.simulation.plantTimeSeconds();
        if (time > now) {
            simulator.simulation.advance(Duration.ofMillis(Math.round((time - now) * 1000)));
        }
    }
}
