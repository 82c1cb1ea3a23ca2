package org.icsdrill.api;

/**
 * An exercise command refused on its merits (an unknown card, a host name instead of an address):
 * the trainee reads why, in their language. The message is the English text, for logs.
 */
public final class ExerciseRefusal extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient ExerciseResult result;

    public ExerciseRefusal(ResultCode code, Object... arguments) {
        this(ExerciseResult.refused(code, arguments));
    }

    private ExerciseRefusal(ExerciseResult result) {
        super(result.english());
        this.result = result;
    }

    public ExerciseResult result() {
        return result;
    }
}
