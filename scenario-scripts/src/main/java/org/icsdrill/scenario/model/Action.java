package org.icsdrill.scenario.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.icsdrill.api.InjectText;
import org.icsdrill.api.Technique;

/** What a step does. Exactly one per step. */
public sealed interface Action {

    /**
     * A card for trainees: a report, a phone call, a question to discuss; with its words in other
     * languages by language code ({@code ja}, {@code en}), each with as many questions.
     */
    record Inject(Audience audience, String text, List<String> questions, Map<String, InjectText> translations)
            implements Action {
        public Inject {
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(text, "text");
            questions = List.copyOf(questions);
            translations = Map.copyOf(translations);
        }

        public Inject(Audience audience, String text, List<String> questions) {
            this(audience, text, questions, Map.of());
        }
    }

    /**
     * Starts an attack. It runs until a {@code stop} step names its id, until {@code duration} has
     * passed, or to the end of the scenario.
     */
    record AttackStart(String id, AttackKind kind, Parameters parameters, Optional<Duration> duration)
            implements Action {
        public AttackStart {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(duration, "duration");
        }

        public Technique technique() {
            return kind.technique();
        }
    }

    /**
     * A stage of a kill chain (docs/scenarios.md, "Kill chains"): on the site host {@code host}, the
     * attacker leaves {@code evidence} in its event log and, with a {@code move}, opens {@code protocol} to
     * another host through the conduits and logs on there with a stolen {@code account}, which then is his
     * too. It happens only if its path is open (its host not quarantined, the conduit open, the account
     * enabled with the password he holds); a stage whose path a response closed is tried again every
     * {@code retry}, and the steps {@code after} it wait.
     *
     * @param technique its ATT&CK for ICS technique
     */
    record Stage(String id, Technique technique, String host, Optional<Move> move, List<Evidence> evidence,
                 Duration retry) implements Action {
        public Stage {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(technique, "technique");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(move, "move");
            evidence = List.copyOf(evidence);
            Objects.requireNonNull(retry, "retry");
        }
    }

    /** From a stage's host to another: a connection of {@code protocol}, and a logon with {@code account} if named. */
    record Move(String to, String protocol, Optional<String> account) {
        public Move {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(account, "account");
        }
    }

    /**
     * What a stage leaves in its host's event log: a USB stick, a process, a service, or failed logons
     * (credential stuffing: {@code count} failures before the stage's own logon).
     */
    record Evidence(Kind kind, String detail, int count) {
        public enum Kind {
            REMOVABLE_MEDIA, PROCESS, SERVICE, FAILED_LOGONS;

            public String yamlName() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        public Evidence {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /** Starts a fault; ends like an attack. */
    record Fault(String id, FaultKind kind, Parameters parameters, Optional<Duration> duration) implements Action {
        public Fault {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(duration, "duration");
        }
    }

    /** Stops the running attack or fault with this id. */
    record Stop(String target) implements Action {
        public Stop {
            Objects.requireNonNull(target, "target");
        }
    }

    /** Pauses the drill for a discussion: the instructor resumes it. */
    record Checkpoint(String text) implements Action {
        public Checkpoint {
            Objects.requireNonNull(text, "text");
        }
    }
}
