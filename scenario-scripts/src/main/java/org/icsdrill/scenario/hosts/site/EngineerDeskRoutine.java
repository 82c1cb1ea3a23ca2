package org.icsdrill.scenario.hosts.site;

import java.util.SplittableRandom;
import org.icsdrill.scenario.site.Host;

/**
 * The engineer at the engineering workstation itself: logs on at the console, now and then plugs in a USB
 * stick with a vendor's project files and opens the engineering tool. Ordinary removable media on the one
 * host where a stick matters most, so that a detector of USB use has a baseline to be quiet on.
 */
final class EngineerDeskRoutine extends Routine {

    /** Mean plant seconds between two visits to the workstation. */
    static final double MEAN_INTERVAL = 5_400;

    private final HostActions actions;
    private final Host workstation;
    private final String engineer;

    EngineerDeskRoutine(SplittableRandom random, HostActions actions, Host workstation, String engineer) {
        super(random, 600 + random.nextDouble() * 1_800);
        this.actions = actions;
        this.workstation = workstation;
        this.engineer = engineer;
    }

    @Override
    protected double act(double now) {
        if (actions.logon(workstation, engineer, "interactive")) {
            if (random.nextDouble() < 0.5) {
                actions.removableMedia(workstation, engineer, "USB mass storage: project files from the vendor");
            }
            actions.process(workstation, engineer, "C:\\Program Files\\Engineering\\EngineeringTool.exe");
        }
        return exponential(MEAN_INTERVAL);
    }
}
