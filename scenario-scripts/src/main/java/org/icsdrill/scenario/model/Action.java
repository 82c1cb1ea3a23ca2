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
