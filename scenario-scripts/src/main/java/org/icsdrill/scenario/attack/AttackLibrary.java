package org.icsdrill.scenario.attack;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.AttackKind;

/** Every attack kind and the class that plays it. */
public final class AttackLibrary {

    private static final Map<AttackKind, AttackFactory> FACTORIES = new EnumMap<>(AttackKind.class);

    static {
        for (AttackKind kind : AttackKind.values()) {
            FACTORIES.put(kind, factoryFor(kind));
        }
    }

    private AttackLibrary() {
    }

    /** Starts an attack; the engine ticks the returned effect and stops it. */
    public static Effect start(Action.AttackStart attack, EffectContext context) {
        return FACTORIES.get(attack.kind()).start(attack, context);
    }

    public static Map<AttackKind, AttackFactory> factories() {
        return Collections.unmodifiableMap(FACTORIES);
    }

    // a switch expression without default: the compiler refuses a kind without its class
    private static AttackFactory factoryFor(AttackKind kind) {
        return switch (kind) {
            case REPLAY -> new Replay();
            case MODIFY_PARAMETER -> new ModifyParameter();
            case UNAUTHORIZED_COMMAND -> new UnauthorizedCommand();
            case MODIFY_PROGRAM -> new ModifyProgram();
            case SPOOF_REPORTING -> new SpoofReporting();
            case ALARM_SUPPRESSION -> new AlarmSuppression();
            case LOSS_OF_SAFETY -> new LossOfSafety();
            case BLOCK_COMMAND -> new BlockCommand();
            case BLOCK_REPORTING -> new BlockReporting();
            case DENIAL_OF_SERVICE -> new DenialOfService();
            case REMOTE_SYSTEM_DISCOVERY -> new RemoteSystemDiscovery();
            case DEVICE_IDENTIFICATION -> new DeviceIdentification();
        };
    }
}
