package org.icsdrill.scenario.engine;

import org.icsdrill.scenario.model.Action;

/**
 * Plays a kill chain's stage on the run's site: checks its path (host, conduit, account), leaves its
 * evidence, hands the hosts it reaches to the attacker. Called on the simulation thread.
 */
public interface StageRunner {

    /** What became of one attempt at a stage. */
    record Outcome(boolean reached, String detail) {

        /** Reached: the detail is the route, as {@link StageRoute#parse} reads it back from the ground truth. */
        public static Outcome reached(StageRoute route) {
            return new Outcome(true, route.toString());
        }

        public static Outcome blocked(String why) {
            return new Outcome(false, why);
        }
    }

    Outcome attempt(Action.Stage stage);

    /** A run without a site: every stage is blocked, for there is nowhere for it to happen. */
    StageRunner NONE = stage -> Outcome.blocked("the run has no site network");
}
