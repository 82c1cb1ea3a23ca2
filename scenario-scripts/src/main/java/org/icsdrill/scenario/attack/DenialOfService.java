package org.icsdrill.scenario.attack;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.icsdrill.scenario.effect.EffectStartException;
import org.icsdrill.scenario.effect.HostLookup;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;

/**
 * T0814 Denial of Service against one plant's Modbus endpoint, from the attacker's address:
 * {@code connection_flood} holds as many connections open as the server lets it (up to a cap);
 * {@code request_storm} sends requests back to back, or at {@code rate} per second. Both run on
 * their own thread, stay on loopback, and end at stop or after {@link TrafficThread#MAX_LIFETIME}.
 */
final class DenialOfService implements AttackFactory {

    @Override
    public Effect start(Action.AttackStart attack, EffectContext context) {
        String plant = attack.parameters().text("plant");
        InetAddress from = HostLookup.sender(context, attack.parameters());
        InetSocketAddress server = context.endpoint(plant).modbus();
        if (!server.getAddress().isLoopbackAddress()) {
            throw new EffectStartException(attack.id(), "refusing to send attack traffic off loopback: " + server);
        }
        String mode = attack.parameters().text("mode");
        TrafficThread traffic = switch (mode) {
            case "connection_flood" -> new ConnectionFlood(attack.id(), from, server);
            case "request_storm" -> new RequestStorm(attack.id(), from, server,
                    context.endpoint(plant).registers(), attack.parameters().optionalNumber("rate"));
            default -> throw new EffectStartException(attack.id(), "unknown denial_of_service mode " + mode);
        };
        traffic.start();
        return traffic;
    }
}
