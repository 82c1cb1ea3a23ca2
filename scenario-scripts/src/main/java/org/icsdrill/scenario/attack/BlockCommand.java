package org.icsdrill.scenario.attack;

import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.scenario.effect.HostLookup;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;

/**
 * T0803 Block Command Message: writes from {@code host} ({@code *}: everyone) are answered as if
 * they succeeded but never reach the PLC. Stop unblocks.
 */
final class BlockCommand implements AttackFactory {

    @Override
    public Effect start(Action.AttackStart attack, EffectContext context) {
        String host = HostLookup.policyKey(context, attack.parameters().text("host"));
        context.policy().blockCommands(SourcePolicy.Origin.ATTACK, host);
        return () -> context.policy().unblockCommands(SourcePolicy.Origin.ATTACK, host);
    }
}
