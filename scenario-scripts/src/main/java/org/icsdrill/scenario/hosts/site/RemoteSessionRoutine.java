package org.icsdrill.scenario.hosts.site;

import java.util.SplittableRandom;
import org.icsdrill.scenario.site.Host;

/**
 * Someone reaching the engineering workstation from outside operations the way the site allows: an
 * administrator from an office PC through the jump host, or the supplier from the Internet through the
 * remote-access gateway. The first hop ({@code rdp} or {@code vpn}) ends in a logon on the gateway, the
 * second is RDP to the workstation and a logon there, then the engineering tool starts.
 */
final class RemoteSessionRoutine extends Routine {

    /** One hop: from a host to a gateway's service, logging on there with an account. */
    record Hop(Host from, Host to, String protocol, String account, String how) {
    }

    private final HostActions actions;
    private final Hop first;
    private final Hop second;
    private final double meanInterval;

    RemoteSessionRoutine(SplittableRandom random, HostActions actions, Hop first, Hop second, double firstAt,
                         double meanInterval) {
        super(random, firstAt);
        this.actions = actions;
        this.first = first;
        this.second = second;
        this.meanInterval = meanInterval;
    }

    @Override
    protected double act(double now) {
        if (hop(first, bytes(20_000, 80_000)) && hop(second, bytes(60_000, 240_000))) {
            actions.process(second.to(), second.account(), "C:\\Program Files\\Engineering\\EngineeringTool.exe");
        }
        return exponential(meanInterval);
    }

    private boolean hop(Hop hop, int bytes) {
        return actions.connect(hop.from(), hop.to(), hop.protocol(), bytes, hop.account(), true)
                && actions.logon(hop.to(), hop.account(), hop.how());
    }
}
