package org.icsdrill.scenario.model;

import java.util.Locale;
import java.util.Objects;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.ResponseRule;

/**
 * A response action a scenario expects, with what it must be aimed at: a host address for
 * {@code isolate_host} and {@code block_traffic}, a conduit of the run's site, or one service on it, for
 * {@code close_conduit} and {@code reopen_conduit} ({@code enterprise-dmz}, {@code enterprise-dmz rdp/3389}), a
 * site host's name for {@code quarantine_host}, an account for {@code disable_account} and
 * {@code reset_credential}, a plant id for the
 * actions taken on a plant, a plant-qualified auto/manual switch ({@code chemical.R1.FIC101.AUTO}) for
 * {@code switch_to_manual}. An empty target accepts any target: only records written before targets were
 * kept (format 2) have one.
 */
public record ExpectedAction(ResponseAction action, String target) {

    /** What an action is aimed at, and the key that names it in a scenario file. */
    public enum Aim {
        HOST("host"), PLANT("plant"), LOOP("tag"), WHOM("to"), CONDUIT("conduit"), SITE_HOST("host"),
        ACCOUNT("account");

        private final String key;

        Aim(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public ExpectedAction {
        Objects.requireNonNull(action, "action");
        target = target == null ? "" : target.strip();
    }

    /** {@link ResponseRule#aimOf}, with the key that names it in a scenario file. */
    public static Aim aimOf(ResponseAction action) {
        return Aim.valueOf(ResponseRule.aimOf(action).name());
    }

    public Aim aim() {
        return aimOf(action);
    }

    /** {@code isolate_host}, as in scenario files and the record. */
    public String actionName() {
        return action.name().toLowerCase(Locale.ROOT);
    }

    public boolean anyTarget() {
        return target.isEmpty();
    }

    /** This expectation as the rule the desk and the report share takes it. */
    public ResponseRule.Expected rule() {
        return new ResponseRule.Expected(action, target);
    }

    /**
     * Whether a response taken with these arguments (as the exercise API gets them: plant id and
     * target) is this one ({@link ResponseRule#accepts}). A loop's switch is named within its plant by
     * the console ({@code R1.FIC101.AUTO} with plant {@code chemical}) and plant-qualified here.
     */
    public boolean matches(ResponseAction taken, String plant, String takenTarget) {
        return ResponseRule.accepts(rule(), new ResponseRule.Taken(0, taken, plant, takenTarget));
    }

    /** The plant and target to pass to the exercise API to take this action. */
    public String plantArgument() {
        return switch (aim()) {
            case PLANT -> target;
            case LOOP -> target.substring(0, Math.max(0, target.indexOf('.')));
            case HOST, WHOM, CONDUIT, SITE_HOST, ACCOUNT -> "";
        };
    }

    public String targetArgument() {
        return switch (aim()) {
            case PLANT -> "";
            case LOOP -> target.substring(target.indexOf('.') + 1);
            case HOST, WHOM, CONDUIT, SITE_HOST, ACCOUNT -> target;
        };
    }

    /** {@code isolate_host 127.0.0.66}, or the action alone when any target counts. */
    @Override
    public String toString() {
        return anyTarget() ? actionName() : actionName() + " " + target;
    }
}
