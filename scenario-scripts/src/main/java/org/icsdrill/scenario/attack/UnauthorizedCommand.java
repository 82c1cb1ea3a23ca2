package org.icsdrill.scenario.attack;

import com.ghgande.j2mod.modbus.ModbusException;
import java.io.IOException;
import java.net.InetAddress;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.icsdrill.core.modbus.RegisterEntry;
import org.icsdrill.core.modbus.RegisterTable;
import org.icsdrill.core.opcua.TagValueCodec;
import org.icsdrill.scenario.effect.EffectStartException;
import org.icsdrill.scenario.effect.TagLookup;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.hosts.ModbusHostClient;
import org.icsdrill.scenario.hosts.OpcUaHostClient;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.TagRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * T0855 Unauthorized Command Message: a real Modbus write from a rogue host (the attacker by
 * default) to the target's register, so a sensor on {@code lo} sees it and the endpoint journals it.
 * A refused or rejected write is a legitimate outcome (the host is isolated, the PLC answers with an
 * exception): it is logged, not thrown. Over OPC UA the rogue client is anonymous, so the server
 * refuses the write (Bad_UserAccessDenied); the attempt is what a detector should see.
 */
final class UnauthorizedCommand implements AttackFactory {

    private static final Logger LOG = LoggerFactory.getLogger(UnauthorizedCommand.class);

    @Override
    public Effect start(Action.AttackStart attack, EffectContext context) {
        TagRef target = attack.parameters().tag("target");
        double value = attack.parameters().number("value");
        String protocol = attack.parameters().text("protocol");
        InetAddress from = context.host(attack.parameters().text("host"));
        if ("opcua".equals(protocol)) {
            return overOpcUa(attack, context, target, value, from);
        }
        RegisterEntry entry = TagLookup.register(context, target);
        if (!entry.table().isWritable()) {
            throw new EffectStartException(attack.id(), target + " is in the " + entry.table().csvName()
                    + " table, which no Modbus function writes");
        }
        try (ModbusHostClient client = context.connect(from, target.plant())) {
            write(client, entry, value);
            LOG.info("{}: wrote {} to {} ({} {}) from {}", attack.id(), value, target, entry.table().csvName(),
                    entry.address(), from.getHostAddress());
        } catch (IOException | ModbusException e) {
            LOG.info("{}: write of {} to {} from {} failed: {}", attack.id(), value, target, from.getHostAddress(),
                    e.toString());
        }
        return Effect.DONE;
    }

    /** An anonymous OPC UA write from the host: the server refuses it, and the attempt is on the wire and in the journal. */
    private static Effect overOpcUa(Action.AttackStart attack, EffectContext context, TagRef target, double value,
                                    InetAddress from) {
        String endpoint = context.opcUaEndpoint().orElseThrow(() -> new EffectStartException(attack.id(),
                "this run has no OPC UA server"));
        try {
            StatusCode status = OpcUaHostClient.write(from, endpoint, target.plant(), target.tag(),
                    TagValueCodec.encode(context.plant(target).catalog().get(target.index()), value));
            LOG.info("{}: OPC UA write of {} to {} from {}: {}", attack.id(), value, target, from.getHostAddress(),
                    status);
        } catch (UaException e) {
            LOG.info("{}: OPC UA write of {} to {} from {} failed: {}", attack.id(), value, target,
                    from.getHostAddress(), e.getMessage());
        }
        return Effect.DONE;
    }

    /** Encodes the value as the register map declares: coil, one uint16 register or a float32 pair. */
    static void write(ModbusHostClient client, RegisterEntry entry, double value) throws ModbusException {
        if (entry.table() == RegisterTable.COIL) {
            client.writeCoil(entry.address(), value >= 0.5);
            return;
        }
        switch (entry.type()) {
            case FLOAT32 -> client.writeFloat(entry.address(), (float) value);
            case UINT16 -> client.writeRegisters(entry.address(),
                    (int) Math.max(0, Math.min(0xFFFF, Math.round(value * entry.scale()))));
            case BOOL -> throw new IllegalStateException("a bool outside the coils: " + entry);
        }
    }
}
