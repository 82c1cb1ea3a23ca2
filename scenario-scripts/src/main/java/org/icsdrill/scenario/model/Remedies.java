package org.icsdrill.scenario.model;

import static org.icsdrill.api.ResponseAction.CLOSE_CONDUIT;
import static org.icsdrill.api.ResponseAction.QUARANTINE_HOST;
import static org.icsdrill.api.ResponseAction.ISOLATE_HOST;
import static org.icsdrill.api.ResponseAction.RESTORE_PARAMETERS;
import static org.icsdrill.api.ResponseAction.RESTORE_PROGRAM;
import static org.icsdrill.api.ResponseAction.SWITCH_TO_MANUAL;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKind;

/**
 * Which trainee response actions end which attack, as the code carries them out (docs/scenarios.md,
 * "Which responses end an attack"; a test keeps that table equal to {@link #markdownTable()}).
 *
 * <ul>
 *   <li>{@code isolate_host} of the sending host: its further requests are refused at every endpoint,
 *       so it ends the network attacks that host delivers (not what a write already changed).</li>
 *   <li>{@code close_conduit} of a conduit that host's traffic crosses on the run's site: the firewall
 *       cuts its connections and refuses new ones, so it ends the same attacks for the endpoints behind
 *       the conduit. Which conduits those are is the site's to say, not the scenario's: the remedy takes
 *       any conduit (an empty target).</li>
 *   <li>{@code quarantine_host} of the site host that sends it: a quarantine isolates the host's address,
 *       so it ends what {@code isolate_host} ends. The site names its hosts, not the scenario: any host.</li>
 *   <li>{@code restore_program} of the plant reloads the golden PLC and SIS programs: it ends a
 *       modified program, a bypassed SIS, and the view-layer implant of a replay or an alarm
 *       suppression (the scenario engine removes those when the response is taken).</li>
 *   <li>{@code restore_parameters} writes the engineered parameters and set points back: it undoes a
 *       modified parameter, a moved trip limit, or a set point written over the network (and the
 *       engine stops a ramp that is still moving).</li>
 *   <li>{@code switch_to_manual} of a loop whose set point was written takes that set point out of
 *       play.</li>
 * </ul>
 * Spoofed instruments and blocked messages end only at their stop; faults are not ended by any
 * response (they need maintenance), though some are mitigated.
 */
public final class Remedies {

    /** What the response is aimed at, from the attack's parameters. */
    public enum Aim {
        SENDING_HOST("the host that sends it"),
        PLANT("its `plant`"),
        TARGET_PLANTS("the plant of each target"),
        TARGET_LOOP("its target's loop switch, `<loop>.AUTO`"),
        CROSSED_CONDUIT("a conduit the sending host's traffic crosses (on a site run)"),
        SENDING_SITE_HOST("the site host that sends it, by name (on a site run)");

        private final String text;

        Aim(String text) {
            this.text = text;
        }
    }

    /** When a remedy applies, read from the attack's parameters and the target's declaration. */
    public enum When {
        ALWAYS(""),
        BYPASS("`mode: bypass`"),
        MOVE_LIMIT_OF_PARAMETER("`mode: move_limit` of a parameter or set point"),
        TARGET_PARAMETER("target a parameter or set point"),
        TARGET_LOOP_SETPOINT("target a loop's set point `<loop>.SP`");

        private final String text;

        When(String text) {
            this.text = text;
        }
    }

    /** One row of the table. */
    public record Remedy(ResponseAction action, Aim aim, When when) {
        public String describe() {
            return "`" + action.name().toLowerCase(Locale.ROOT) + "` of " + aim.text
                    + (when == When.ALWAYS ? "" : " (" + when.text + ")");
        }
    }

    private static final Map<AttackKind, List<Remedy>> ATTACKS = new EnumMap<>(AttackKind.class);
    private static final Map<FaultKind, String> FAULTS = new EnumMap<>(FaultKind.class);

    static {
        Remedy isolate = new Remedy(ISOLATE_HOST, Aim.SENDING_HOST, When.ALWAYS);
        Remedy closeConduit = new Remedy(CLOSE_CONDUIT, Aim.CROSSED_CONDUIT, When.ALWAYS);
        Remedy quarantine = new Remedy(QUARANTINE_HOST, Aim.SENDING_SITE_HOST, When.ALWAYS);
        ATTACKS.put(AttackKind.REPLAY, List.of(new Remedy(RESTORE_PROGRAM, Aim.TARGET_PLANTS, When.ALWAYS)));
        ATTACKS.put(AttackKind.MODIFY_PARAMETER, List.of(
                new Remedy(RESTORE_PARAMETERS, Aim.TARGET_PLANTS, When.TARGET_PARAMETER)));
        ATTACKS.put(AttackKind.UNAUTHORIZED_COMMAND, List.of(isolate, closeConduit, quarantine,
                new Remedy(RESTORE_PARAMETERS, Aim.TARGET_PLANTS, When.TARGET_PARAMETER),
                new Remedy(SWITCH_TO_MANUAL, Aim.TARGET_LOOP, When.TARGET_LOOP_SETPOINT)));
        ATTACKS.put(AttackKind.MODIFY_PROGRAM, List.of(new Remedy(RESTORE_PROGRAM, Aim.PLANT, When.ALWAYS)));
        ATTACKS.put(AttackKind.SPOOF_REPORTING, List.of());
        ATTACKS.put(AttackKind.ALARM_SUPPRESSION, List.of(
                new Remedy(RESTORE_PROGRAM, Aim.TARGET_PLANTS, When.ALWAYS)));
        ATTACKS.put(AttackKind.LOSS_OF_SAFETY, List.of(new Remedy(RESTORE_PROGRAM, Aim.PLANT, When.BYPASS),
                new Remedy(RESTORE_PARAMETERS, Aim.PLANT, When.MOVE_LIMIT_OF_PARAMETER)));
        ATTACKS.put(AttackKind.BLOCK_COMMAND, List.of());
        ATTACKS.put(AttackKind.BLOCK_REPORTING, List.of());
        ATTACKS.put(AttackKind.DENIAL_OF_SERVICE, List.of(isolate, closeConduit, quarantine));
        ATTACKS.put(AttackKind.REMOTE_SYSTEM_DISCOVERY, List.of(isolate, closeConduit, quarantine));
        ATTACKS.put(AttackKind.DEVICE_IDENTIFICATION, List.of(isolate, closeConduit, quarantine));

        String instrument = "none (the instrument needs maintenance); `switch_to_manual` of the loop it feeds keeps"
                + " the loop from acting on the false reading";
        FAULTS.put(FaultKind.SENSOR_STUCK, instrument);
        FAULTS.put(FaultKind.SENSOR_DRIFT, instrument);
        FAULTS.put(FaultKind.NOISE_BURST, instrument);
        FAULTS.put(FaultKind.SENSOR_DROPOUT, instrument);
        FAULTS.put(FaultKind.VALVE_STUCK, "none (the final element ignores its output until repaired)");
        FAULTS.put(FaultKind.EQUIPMENT_TRIP, "none (the element is restarted in the field)");
        FAULTS.put(FaultKind.LINK_LOSS, "none (isolation refuses traffic; it cannot bring a link up)");
    }

    private Remedies() {
    }

    /** The rows for an attack kind, whatever its parameters. */
    public static List<Remedy> of(AttackKind kind) {
        return ATTACKS.get(kind);
    }

    /** What ends or mitigates a fault, in words: no response ends one. */
    public static String ofFault(FaultKind kind) {
        return FAULTS.get(kind);
    }

    /**
     * The response actions, with their targets, that end this attack as written; {@code close_conduit} with
     * an empty target, any conduit, as the scenario does not know the run's site.
     *
     * @param hosts    the scenario's host addresses, to resolve {@code attacker}
     * @param catalogs the tag catalog of each plant the scenario lists
     */
    public static List<ExpectedAction> ending(Action.AttackStart attack, Hosts hosts,
                                              Function<String, TagCatalog> catalogs) {
        Set<ExpectedAction> ending = new LinkedHashSet<>();
        Parameters p = attack.parameters();
        for (Remedy remedy : of(attack.kind())) {
            if (!applies(remedy.when(), p, catalogs)) {
                continue;
            }
            for (String target : targets(remedy.aim(), attack, hosts, catalogs)) {
                ending.add(new ExpectedAction(remedy.action(), target));
            }
        }
        return List.copyOf(ending);
    }

    private static boolean applies(When when, Parameters p, Function<String, TagCatalog> catalogs) {
        return switch (when) {
            case ALWAYS -> true;
            case BYPASS -> "bypass".equals(p.optionalText("mode").orElse(""));
            case MOVE_LIMIT_OF_PARAMETER -> "move_limit".equals(p.optionalText("mode").orElse(""))
                    && p.optionalTag("target").map(t -> restorable(def(t, catalogs))).orElse(false);
            case TARGET_PARAMETER -> p.optionalTag("target").map(t -> restorable(def(t, catalogs))).orElse(false);
            case TARGET_LOOP_SETPOINT -> p.optionalTag("target").flatMap(t -> loopSwitch(t, catalogs)).isPresent();
        };
    }

    private static List<String> targets(Aim aim, Action.AttackStart attack, Hosts hosts,
                                        Function<String, TagCatalog> catalogs) {
        Parameters p = attack.parameters();
        return switch (aim) {
            case SENDING_HOST -> attack.kind().sender(p).map(h -> hosts.address(h).orElse(h)).stream().toList();
            case PLANT -> p.optionalText("plant").stream().toList();
            case TARGET_PLANTS -> p.allTags().stream().map(TagRef::plant).distinct().toList();
            case TARGET_LOOP -> p.optionalTag("target").flatMap(t -> loopSwitch(t, catalogs)).stream().toList();
            case CROSSED_CONDUIT, SENDING_SITE_HOST -> List.of("");
        };
    }

    private static TagDef def(TagRef tag, Function<String, TagCatalog> catalogs) {
        return catalogs.apply(tag.plant()).get(tag.index());
    }

    /** What {@code restore_parameters} writes back: controller parameters and set points. */
    private static boolean restorable(TagDef def) {
        return !def.field() && (def.kind() == TagKind.PARAMETER || def.kind() == TagKind.SETPOINT);
    }

    /**
     * The loop switch of a set point {@code <loop>.SP}: {@code <plant>.<loop>.AUTO}, when the plant has
     * it as an operator's two-state mode (what {@code switch_to_manual} accepts).
     */
    public static Optional<String> loopSwitch(TagRef tag, Function<String, TagCatalog> catalogs) {
        TagCatalog catalog = catalogs.apply(tag.plant());
        if (catalog.get(tag.index()).kind() != TagKind.SETPOINT || !tag.tag().endsWith(".SP")) {
            return Optional.empty();
        }
        String name = tag.tag().substring(0, tag.tag().length() - ".SP".length()) + ".AUTO";
        return catalog.indexOf(name).map(catalog::get)
                .filter(d -> d.kind() == TagKind.MODE && d.type() == DataType.BOOL)
                .map(d -> tag.plant() + "." + d.name());
    }

    /** The table of docs/scenarios.md, one row per attack kind, then one per fault kind. */
    public static String markdownTable() {
        List<String> rows = new ArrayList<>();
        rows.add("| kind | delivery (attack) or layer (fault) | ended by |");
        rows.add("|---|---|---|");
        for (AttackKind kind : AttackKind.values()) {
            List<Remedy> remedies = of(kind);
            rows.add("| `" + kind.yamlName() + "` | " + kind.delivery().jsonName() + " | "
                    + (remedies.isEmpty() ? "none: it ends at its stop"
                    : String.join("; ", remedies.stream().map(Remedy::describe).toList())) + " |");
        }
        for (FaultKind kind : FaultKind.values()) {
            rows.add("| `" + kind.yamlName() + "` (fault) | " + kind.layer().name().toLowerCase(Locale.ROOT) + " | "
                    + ofFault(kind) + " |");
        }
        return String.join("\n", rows) + "\n";
    }
}
