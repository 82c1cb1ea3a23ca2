package org.icsdrill.core.opcua;

import java.util.Arrays;
import java.util.List;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.methods.AbstractMethodInvocationHandler;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.icsdrill.api.ExerciseRefusal;
import org.icsdrill.api.ExerciseResult;
import org.icsdrill.api.ResultCode;
import org.icsdrill.core.exercise.Actor;

/**
 * One exercise-control method (IEC 62541-4, 5.11 Call): checks the caller's role, runs the action
 * and answers {@code Accepted}, a {@code Code} with its {@code Arguments} (an {@link ExerciseResult},
 * which the console and the command line translate), and the same in English as {@code Message} for
 * any other OPC UA client. A call without the role is answered Bad_UserAccessDenied and written to
 * the audit log; a refusal on the merits (an unknown card, a host name instead of an address) is a
 * Good call with Accepted = false, so the trainee reads why.
 */
final class ExerciseMethod extends AbstractMethodInvocationHandler {

    /** What the method does, given who calls and the checked arguments; throws ExerciseRefusal to refuse. */
    @FunctionalInterface
    interface Body {
        ExerciseResult call(Actor actor, Role role, Inputs inputs);
    }

    /** The call's input values, typed by the method's declared arguments. */
    record Inputs(Variant[] values) {
        String text(int i) {
            Object value = values[i].getValue();
            return value == null ? "" : value.toString();
        }

        double number(int i) {
            return values[i].getValue() instanceof Number n ? n.doubleValue() : Double.NaN;
        }

        int integer(int i) {
            return values[i].getValue() instanceof Number n ? n.intValue() : -1;
        }

        List<String> texts(int i) {
            return values[i].getValue() instanceof String[] array ? Arrays.asList(array) : List.of();
        }
    }

    static Argument text(String name, String description) {
        return new Argument(name, NodeIds.String, ValueRanks.Scalar, null, LocalizedText.english(description));
    }

    static Argument number(String name, String description) {
        return new Argument(name, NodeIds.Double, ValueRanks.Scalar, null, LocalizedText.english(description));
    }

    static Argument integer(String name, String description) {
        return new Argument(name, NodeIds.Int32, ValueRanks.Scalar, null, LocalizedText.english(description));
    }

    static Argument texts(String name, String description) {
        return new Argument(name, NodeIds.String, ValueRanks.OneDimension, new UInteger[] {UInteger.valueOf(0)},
                LocalizedText.english(description));
    }

    private static final Argument[] OUTPUTS = {
        new Argument("Accepted", NodeIds.Boolean, ValueRanks.Scalar, null,
                LocalizedText.english("Whether the action was carried out")),
        text("Message", "What was done, or why not, in English"),
        text("Code", "What was done, or why not, as a code to translate (ResultCode)"),
        texts("Arguments", "The code's arguments")
    };

    private final Role required;
    private final Argument[] inputs;
    private final Body body;
    private final AuditLog audit;

    ExerciseMethod(UaMethodNode node, Role required, Argument[] inputs, Body body, AuditLog audit) {
        super(node);
        this.required = required;
        this.inputs = inputs.clone();
        this.body = body;
        this.audit = audit;
    }

    @Override
    public Argument[] getInputArguments() {
        return inputs.clone();
    }

    @Override
    public Argument[] getOutputArguments() {
        return OUTPUTS.clone();
    }

    @Override
    protected Variant[] invoke(InvocationContext context, Variant[] inputValues) throws UaException {
        Session session = context.getSession().orElse(null);
        String address = session == null || session.getClientAddress() == null ? "?"
                : session.getClientAddress().getHostAddress();
        Role role = UserStoreIdentityValidator.roleOf(session).orElse(null);
        if (role == null || !role.atLeast(required)) {
            audit.callDenied(UserStoreIdentityValidator.userOf(session), address,
                    getNode().getBrowseName().name());
            throw new UaException(StatusCodes.Bad_UserAccessDenied, "needs the " + required.key() + " role");
        }
        Actor actor = new Actor(UserStoreIdentityValidator.userOf(session), address);
        try {
            return answer(body.call(actor, role, new Inputs(inputValues)));
        } catch (ExerciseRefusal e) {
            return answer(e.result());
        } catch (IllegalArgumentException e) {
            return answer(ExerciseResult.refused(ResultCode.OTHER, e.getMessage())); // a check below the exercise
        }
    }

    private static Variant[] answer(ExerciseResult result) {
        return new Variant[] {new Variant(result.accepted()), new Variant(result.english()),
            new Variant(result.code().key()), new Variant(result.arguments().toArray(String[]::new))};
    }
}
