package org.icsdrill.scenario.attack;

import com.ghgande.j2mod.modbus.ModbusException;
import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.icsdrill.scenario.effect.HostLookup;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.hosts.ModbusHostClient;
import org.icsdrill.scenario.model.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * T0888 Remote System Information Discovery: Modbus Read Device Identification (function 43/14)
 * from the attacker to one plant's PLC, or to every plant's. One-shot.
 */
final class DeviceIdentification implements AttackFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceIdentification.class);

    @Override
    public Effect start(Action.AttackStart attack, EffectContext context) {
        InetAddress from = HostLookup.sender(context, attack.parameters());
        Optional<String> plant = attack.parameters().optionalText("plant");
        for (String target : plant.map(List::of).orElseGet(context::plants)) {
            identify(attack.id(), target, () -> context.connect(from, target));
        }
        return Effect.DONE;
    }

    /** Opens a connection to a Modbus endpoint; for the identification helper. */
    @FunctionalInterface
    interface Connector {
        ModbusHostClient connect() throws IOException;
    }

    /** One FC43/14 request over a fresh connection; a failure is logged, as a scanner notes it. */
    static void identify(String id, Object target, Connector connector) {
        try (ModbusHostClient client = connector.connect()) {
            LOG.info("{}: {} identifies as {}", id, target, client.readDeviceIdentification());
        } catch (IOException | ModbusException e) {
            LOG.info("{}: {} did not identify: {}", id, target, e.toString());
        }
    }
}
