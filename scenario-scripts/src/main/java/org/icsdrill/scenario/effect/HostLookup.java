package org.icsdrill.scenario.effect;

import java.net.InetAddress;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.scenario.model.Parameters;
import org.icsdrill.scenario.engine.EffectContext;

/** Host parameters (a name, a loopback address or {@code *}) as the network path knows them. */
public final class HostLookup {

    private HostLookup() {
    }

    /** The simulated attacker, the default source of network attacks. */
    public static InetAddress attacker(EffectContext context) {
        return context.host("attacker");
    }

    /** Where a network attack sends from: its {@code host} parameter, the attacker by default. */
    public static InetAddress sender(EffectContext context, Parameters parameters) {
        return context.host(parameters.optionalText("host").orElse("attacker"));
    }

    /** The key {@link SourcePolicy} uses: the address as text, or {@link SourcePolicy#ANY} for {@code *}. */
    public static String policyKey(EffectContext context, String host) {
        return SourcePolicy.ANY.equals(host) ? SourcePolicy.ANY : context.host(host).getHostAddress();
    }
}
