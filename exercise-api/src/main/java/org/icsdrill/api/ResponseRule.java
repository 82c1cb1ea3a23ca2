package org.icsdrill.api;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which response action is an attack's first response: one rule for the instructor's desk during the
 * drill and the after-action report after it, so that both say the same (docs/scoring.md, "Time to
 * respond").
 *
 * <p>Only an attack the scenario expects a response to has one. An action <em>answers</em> it when it
 * was taken at or after the attack's start and one of the expected actions <em>accepts</em> it, the
 * action and its target; any action does when the expectation names none (records of format 2). The
 * first action that answers is the response. There is no upper bound: undoing what an attack left
 * behind after it stopped is still the response.
 */
public final class ResponseRule {

    /**
     * What an action is aimed at: a host address, a plant, a loop's auto/manual switch, someone, a conduit,
     * a host of the site by name, or an account.
     */
    public enum Aim {
        HOST, PLANT, LOOP, WHOM, CONDUIT, SITE_HOST, ACCOUNT
    }

    /**
     * An action a scenario expects, with what it must be aimed at: a host address for
     * {@code isolate_host} and {@code block_traffic}, a plant id for the actions taken on a plant, a
     * plant-qualified switch ({@code chemical.R1.FIC101.AUTO}) for {@code switch_to_manual}, whom for
     * {@code escalate}, a conduit or one service on it for {@code close_conduit} ({@code enterprise-dmz},
     * {@code enterprise-dmz rdp/3389}, {@link ConduitTarget}) for {@code close_conduit} and {@code reopen_conduit},
     * a host's name for {@code quarantine_host}, an account's name for {@code disable_account} and
     * {@code reset_credential}. An empty target accepts any target (records
     * of format 2 kept none).
     */
    public record Expected(ResponseAction action, String target) {
        public Expected {
            Objects.requireNonNull(action, "action");
            target = target == null ? "" : target.strip();
        }

        public boolean anyTarget() {
            return target.isEmpty();
        }
    }

    /**
     * An action a trainee took, with the arguments the exercise API got.
     *
     * @param action its name as written ({@code isolate_host}, any case); a name the rule does not know
     *               is accepted only by an expectation that names no action
     * @param plant  the plant id given, empty when none (host actions name none)
     * @param target the target given: a host, a switch named within its plant ({@code R1.FIC101.AUTO}), whom,
     *               a conduit
     */
    public record Taken(double plantTime, String action, String plant, String target) {
        public Taken {
            action = action == null ? "" : action.strip();
            plant = plant == null ? "" : plant.strip();
            target = target == null ? "" : target.strip();
        }

        public Taken(double plantTime, ResponseAction action, String plant, String target) {
            this(plantTime, action.name(), plant, target);
        }

        /** The action as {@link ResponseAction} knows it; empty for a name it does not know. */
        public Optional<ResponseAction> known() {
            try {
                return Optional.of(ResponseAction.valueOf(action.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private ResponseRule() {
    }

    public static Aim aimOf(ResponseAction action) {
        return switch (action) {
            case ISOLATE_HOST, BLOCK_TRAFFIC -> Aim.HOST;
            case SWITCH_TO_MANUAL -> Aim.LOOP;
            case ESCALATE -> Aim.WHOM;
            case CLOSE_CONDUIT, REOPEN_CONDUIT -> Aim.CONDUIT;
            case QUARANTINE_HOST -> Aim.SITE_HOST;
            case DISABLE_ACCOUNT, RESET_CREDENTIAL -> Aim.ACCOUNT;
            case RESTORE_PROGRAM, RESTORE_PARAMETERS, EMERGENCY_SHUTDOWN, RESET_SAFETY_SYSTEM -> Aim.PLANT;
        };
    }

    /**
     * Whether the action taken is the expected one, action and target, whatever its time. A host is
     * matched exactly, whom case ignored, a plant by the plant argument (the target when none was
     * given), a loop plant-qualified or as the console names it within the plant argument, a conduit
     * exactly, with its service when one is expected (spaces between the two as one): closing the whole
     * conduit is not closing one service on it, nor the other way round.
     */
    public static boolean accepts(Expected expected, Taken taken) {
        if (taken.known().filter(expected.action()::equals).isEmpty()) {
            return false;
        }
        if (expected.anyTarget()) {
            return true;
        }
        String target = expected.target();
        String p = taken.plant();
        String t = taken.target();
        return switch (aimOf(expected.action())) {
            case HOST, SITE_HOST, ACCOUNT -> target.equals(t);
            case WHOM -> target.equalsIgnoreCase(t); // typed by a trainee: "CSIRT" is the csirt
            case PLANT -> target.equals(p.isEmpty() ? t : p);
            case LOOP -> target.equals(p + "." + t) || target.equals(t);
            case CONDUIT -> target.equals(String.join(" ", t.split("\\s+")));
        };
    }

    /**
     * Whether the action answers an attack that started at {@code attackStart} and expects one of
     * {@code expected}: taken at or after the start, and accepted by one of them (by any, when none is named).
     */
    public static boolean answers(Taken taken, double attackStart, List<Expected> expected) {
        return taken.plantTime() >= attackStart
                && (expected.isEmpty() || expected.stream().anyMatch(e -> accepts(e, taken)));
    }

    /** The first of {@code actions} (any order) that answers the attack: its response. */
    public static <A> Optional<A> firstResponse(List<A> actions, Function<A, Taken> asTaken, double attackStart,
                                                List<Expected> expected) {
        return actions.stream()
                .filter(a -> answers(asTaken.apply(a), attackStart, expected))
                .min(Comparator.comparingDouble(a -> asTaken.apply(a).plantTime()));
    }
}
