package org.icsdrill.core.exercise;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.icsdrill.api.ExerciseRefusal;
import org.icsdrill.api.ExerciseResult;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.ResultCode;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.site.SiteState;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.WriteResult;
import org.icsdrill.core.tag.Access;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.TagDef;

/**
 * Carries out a trainee's response action on the simulation, as the plant's staff would by hand:
 * firewalling a host off, closing a conduit of the site, reloading the golden PLC program, taking a
 * loop to manual, pressing the emergency shutdown or the SIS reset. Each returns what it did, or throws
 * {@link IllegalArgumentException} saying why it cannot.
 */
final class PlantResponses {

    /** Dotted IPv4 or an IPv6 literal: a name is refused so that isolating never waits on DNS. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final Simulation simulation;
    private final SourcePolicy policy;
    private final SiteResponses site;

    PlantResponses(Simulation simulation, SourcePolicy policy) {
        this.simulation = simulation;
        this.policy = policy;
        this.site = new SiteResponses(policy);
    }

    /** The site whose hosts and accounts the network responses act on. */
    void useSite(SiteState state) {
        site.use(state);
    }

    ExerciseResult perform(Actor actor, ResponseAction action, String plantId, String target) {
        return switch (action) {
            case ISOLATE_HOST -> {
                String host = address(target, actor);
                policy.isolate(host);
                yield ExerciseResult.done(ResultCode.HOST_ISOLATED, host);
            }
            case BLOCK_TRAFFIC -> {
                String host = address(target, actor);
                policy.blockCommands(SourcePolicy.Origin.RESPONSE, host);
                yield ExerciseResult.done(ResultCode.HOST_BLOCKED, host);
            }
            case CLOSE_CONDUIT -> site.closeConduit(target);
            case REOPEN_CONDUIT -> site.reopenConduit(target);
            case QUARANTINE_HOST -> site.quarantine(target);
            case DISABLE_ACCOUNT -> site.disableAccount(target);
            case RESET_CREDENTIAL -> site.resetCredential(target);
            case RESTORE_PROGRAM -> {
                PlantRuntime plant = plant(plantId);
                simulation.executeNow(s -> {
                    plant.restoreGoldenProgram();
                    plant.restoreGoldenSafetyProgram();
                    return null;
                });
                yield ExerciseResult.done(ResultCode.PROGRAM_RESTORED, plant.id());
            }
            case RESTORE_PARAMETERS -> {
                PlantRuntime plant = plant(plantId);
                simulation.executeNow(s -> {
                    plant.restoreGoldenParameters();
                    return null;
                });
                yield ExerciseResult.done(ResultCode.PARAMETERS_RESTORED, plant.id());
            }
            case SWITCH_TO_MANUAL -> {
                PlantRuntime plant = plant(plantId);
                TagDef auto = autoSwitch(plant, target);
                submit(plant, auto.name(), 0, actor);
                yield ExerciseResult.done(ResultCode.SWITCHED_TO_MANUAL, auto.name(), plant.id());
            }
            case EMERGENCY_SHUTDOWN -> {
                PlantRuntime plant = plant(plantId);
                simulation.executeNow(s -> {
                    plant.emergencyShutdown();
                    return null;
                });
                yield ExerciseResult.done(ResultCode.EMERGENCY_SHUTDOWN, plant.id());
            }
            case RESET_SAFETY_SYSTEM -> {
                PlantRuntime plant = plant(plantId);
                String reset = plant.model().safetyReset().map(k -> k.def().name()).orElseThrow(
                        () -> new ExerciseRefusal(ResultCode.NO_SAFETY_RESET, plant.id()));
                submit(plant, reset, 1, actor);
                yield ExerciseResult.done(ResultCode.SAFETY_RESET_PRESSED, reset, plant.id());
            }
            case ESCALATE -> ExerciseResult.done(ResultCode.ESCALATED, target.isBlank() ? "management" : target);
        };
    }

    /**
     * Closes a conduit of the run's site, or one service on it, at the firewall the endpoints consult: they
     * cut the open connections it now denies at once and refuse new ones.
     */
    private PlantRuntime plant(String id) {
        return plant(simulation, id);
    }

    /** The plant of a command, refused with the plants that run when it is not named or not one of them. */
    static PlantRuntime plant(Simulation simulation, String id) {
        if (id == null || id.isBlank()) {
            throw new ExerciseRefusal(ResultCode.PLANT_NOT_NAMED, simulation.plantIds());
        }
        if (!simulation.hasPlant(id)) {
            throw new ExerciseRefusal(ResultCode.UNKNOWN_PLANT, id, simulation.plantIds());
        }
        return simulation.plant(id);
    }

    private static String address(String target, Actor actor) {
        String text = target == null ? "" : target.trim();
        if (!ADDRESS.matcher(text).matches()) {
            throw new ExerciseRefusal(ResultCode.HOST_NOT_AN_ADDRESS, text);
        }
        String host;
        try {
            host = InetAddress.getByName(text).getHostAddress();
        } catch (UnknownHostException e) {
            throw new ExerciseRefusal(ResultCode.HOST_NOT_AN_ADDRESS, text);
        }
        if (host.equals(actor.address())) {
            throw new ExerciseRefusal(ResultCode.HOST_IS_OWN_CONSOLE, host);
        }
        return host;
    }

    /** The loop's auto/manual switch: an operator's two-state tag named {@code ...AUTO}. */
    private static TagDef autoSwitch(PlantRuntime plant, String tag) {
        TagDef def = plant.catalog().indexOf(tag == null ? "" : tag.trim()).map(plant.catalog()::get)
                .orElseThrow(() -> new ExerciseRefusal(ResultCode.UNKNOWN_TAG, tag, plant.id()));
        if (def.type() != DataType.BOOL || def.access() != Access.OPERATOR || !def.name().endsWith("AUTO")) {
            throw new ExerciseRefusal(ResultCode.NOT_AN_AUTO_SWITCH, def.name());
        }
        return def;
    }

    /** Queues the write as the operator's console would; a refusal is the trainee's to read. */
    private static void submit(PlantRuntime plant, String tag, double value, Actor actor) {
        WriteResult result = plant.submit(tag, value, "console " + actor.user() + "@" + actor.address());
        if (result != WriteResult.ACCEPTED) {
            throw new ExerciseRefusal(ResultCode.WRITE_REFUSED, plant.id(), tag, result);
        }
    }
}
