package org.icsdrill.scenario.hosts.site;

import java.util.Optional;
import java.util.SplittableRandom;
import org.icsdrill.scenario.site.Host;

/**
 * An office PC's user: logs on against the directory in the first minutes, opens the mail client, then
 * now and then reads mail, opens the file share, looks at the historian replica's trends in the DMZ (the
 * one thing here that crosses a conduit), once in a while mistypes the password, and rarely an update
 * installs a service: the ordinary events a detector must stay quiet on.
 */
final class OfficeRoutine extends Routine {

    /** Mean plant seconds between two things the user does. */
    static final double MEAN_INTERVAL = 240;

    private final HostActions actions;
    private final Host pc;
    private final String user;
    private final Optional<Host> directory;
    private final Optional<Host> mail;
    private final Optional<Host> historian;
    private boolean loggedOn;

    OfficeRoutine(SplittableRandom random, HostActions actions, Host pc, String user, Optional<Host> directory,
                  Optional<Host> mail, Optional<Host> historian) {
        super(random, random.nextDouble() * 120);
        this.actions = actions;
        this.pc = pc;
        this.user = user;
        this.directory = directory;
        this.mail = mail;
        this.historian = historian;
    }

    @Override
    protected double act(double now) {
        if (!loggedOn) {
            directory.ifPresent(d -> actions.connect(pc, d, "kerberos", bytes(1_200, 1_800), user, true));
            loggedOn = actions.logon(pc, user, "interactive");
            if (loggedOn) {
                actions.process(pc, user, "C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE");
            }
            return exponential(MEAN_INTERVAL);
        }
        double pick = random.nextDouble();
        if (pick < 0.5) {
            mail.ifPresent(m -> actions.connect(pc, m, "https", bytes(4_000, 40_000), user, true));
        } else if (pick < 0.75) {
            directory.ifPresent(d -> actions.connect(pc, d, "smb", bytes(2_000, 60_000), user, true));
        } else if (pick < 0.95) {
            historian.ifPresent(h -> actions.connect(pc, h, "https", bytes(3_000, 12_000), user, true));
        } else if (pick < 0.99) {
            actions.mistypedLogon(pc, user);
            loggedOn = actions.logon(pc, user, "interactive");
        } else {
            actions.serviceInstalled(pc, "SYSTEM", "Microsoft Edge Update Service (edgeupdate)");
        }
        return exponential(MEAN_INTERVAL);
    }
}
