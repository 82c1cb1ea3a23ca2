package org.icsdrill.core.exercise;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.WriteResult;
import org.icsdrill.core.tag.Access;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.TagDef;

/**
 * Carries out a trainee's response action on the simulation, as the plant's staff would by hand:
 * firewalling a host off, reloading the golden PLC program, taking a loop to manual, pressing the
 * emergency shutdown or the SIS reset. Each returns what it did, or throws
 * {@link IllegalArgumentException} saying why it cannot.
 */
final class PlantResponses {

    /** Dotted IPv4 or an IPv6 literal: a name is refused so that isolating never waits on DNS. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final Simulation simulation;
    private final SourcePolicy policy;

    PlantResponses(Simulation simulation, SourcePolicy policy) {
        this.simulation = simulation;
        this.policy = policy;
    }

    String perform(Actor actor, ResponseAction action, String plantId, String target) {
        return switch (action) {
            case ISOLATE_HOST -> {
                String host = address(target, actor);
                policy.isolate(host);
                yield "isolated " + host + " at every endpoint";
            }
            case BLOCK_TRAFFIC -> {
                String host = address(target, actor);
                policy.blockCommands(SourcePolicy.Origin.RESPONSE, host);
                yield "writes from " + host + " are dropped at every endpoint";
            }
            case RESTORE_PROGRAM -> {
                PlantRuntime plant = plant(plantId);
                simulation.executeNow(s -> {
                    plant.restoreGoldenProgram();
                    plant.restoreGoldenSafetyProgram();
                    return null;
                });
                yield "golden PLC and safety programs reloaded on " + plant.id();
            }
            case RESTORE_PARAMETERS -> {
                PlantRuntime plant = plant(plantId);
                simulation.executeNow(s -> {
                    plant.restoreGoldenParameters();
                    return null;
                });
                yield "engineered parameters of " + plant.id() + " written back";
            }
            case SWITCH_TO_MANUAL -> {
                PlantRuntime plant = plant(plantId);
                TagDef auto = autoSwitch(plant, target);
                submit(plant, auto.name(), 0, actor);
                yield auto.name() + " of " + plant.id() + " to manual";
            }
            case EMERGENCY_SHUTDOWN -> {
                PlantRuntime plant = plant(plantId);
                simulation.executeNow(s -> {
                    plant.emergencyShutdown();
                    return null;
                });
                yield "emergency shutdown of " + plant.id();
            }
            case RESET_SAFETY_SYSTEM -> {
                PlantRuntime plant = plant(plantId);
                String reset = plant.model().safetyReset().map(k -> k.def().name()).orElseThrow(
                        () -> new IllegalArgumentException(plant.id() + " has no safety system reset"));
                submit(plant, reset, 1, actor);
                yield reset + " of " + plant.id() + " pressed (the SIS accepts it once its trip conditions have"
                        + " cleared)";
            }
            case ESCALATE -> "escalated to " + (target.isBlank() ? "management" : target);
        };
    }

    private PlantRuntime plant(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("name the plant: one of " + simulation.plantIds());
        }
        return simulation.plant(id);
    }

    private static String address(String target, Actor actor) {
        String text = target == null ? "" : target.trim();
        if (!ADDRESS.matcher(text).matches()) {
            throw new IllegalArgumentException("name the host by its IP address, like 127.0.0.66, got '" + text + "'");
        }
        String host;
        try {
            host = InetAddress.getByName(text).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: '" + text + "'");
        }
        if (host.equals(actor.address())) {
            throw new IllegalArgumentException(host + " is your own console; isolating it would cut you off");
        }
        return host;
    }

    /** The loop's auto/manual switch: an operator's two-state tag named {@code ...AUTO}. */
    private static TagDef autoSwitch(PlantRuntime plant, String tag) {
        TagDef def = plant.catalog().indexOf(tag == null ? "" : tag.trim()).map(plant.catalog()::get)
                .orElseThrow(() -> new IllegalArgumentException("no tag '" + tag + "' in " + plant.id()));
        if (def.type() != DataType.BOOL || def.access() != Access.OPERATOR || !def.name().endsWith("AUTO")) {
            throw new IllegalArgumentException(def.name() + " is not a loop's auto/manual switch");
        }
        return def;
    }

    /** Queues the write as the operator's console would; a refusal is the trainee's to read. */
    private static void submit(PlantRuntime plant, String tag, double value, Actor actor) {
        WriteResult result = plant.submit(tag, value, "console " + actor.user() + "@" + actor.address());
        if (result != WriteResult.ACCEPTED) {
            throw new IllegalArgumentException(plant.id() + " refused " + tag + ": " + result);
        }
    }
}
