package org.icsdrill.scenario.attack;

import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.scenario.effect.HostLookup;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;

/**
 * T0804 Block Reporting Message: reads from {@code host} ({@code *}: everyone) get no answer, so the
 * SCADA poller times out and the HMI goes stale. Stop unblocks.
 */
final class BlockReporting implements AttackFactory {

    @Override
    public Effect start(Action.AttackStart attack, EffectContext context) {
        String host = HostLookup.policyKey(context, attack.parameters().text("host"));
        context.policy().blockReports(SourcePolicy.Origin.ATTACK, host);
        return () -> context.policy().unblockReports(SourcePolicy.Origin.ATTACK, host);
    }
}
