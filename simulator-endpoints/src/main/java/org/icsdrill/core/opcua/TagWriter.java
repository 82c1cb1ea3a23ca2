package org.icsdrill.core.opcua;

import java.net.InetAddress;
import java.util.Optional;
import java.util.OptionalDouble;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteValue;
import org.icsdrill.core.net.ScadaPath;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.WriteResult;

/**
 * Turns an OPC UA Write of a tag's Value into a queued plant write. The order of checks is the
 * order a real controller's gateway would apply them: who is asking (role), what they sent (type),
 * whether the command reaches the PLC at all (the client's own path, then the SCADA server's path to
 * the plant: a lost link, or commands from the SCADA host blocked), then the PLC's own checks (range).
 * Never touches plant state: {@link org.icsdrill.core.sim.PlantRuntime#submit} queues the write
 * for the next tick, so a Good answer means "accepted", as with a PLC's write acknowledgement.
 */
final class TagWriter {

    private final SourcePolicy policy;
    private final ScadaPath path;

    TagWriter(SourcePolicy policy, ScadaPath path) {
        this.policy = policy;
        this.path = path;
    }

    StatusCode write(TagBinding tag, WriteValue request, Optional<Session> session) {
        String indexRange = request.getIndexRange();
        if (indexRange != null && !indexRange.isEmpty()) {
            // Tags are scalars; an index range only applies to arrays (IEC 62541-4, 7.27).
            return new StatusCode(StatusCodes.Bad_IndexRangeInvalid);
        }
        Optional<Role> role = session.flatMap(s -> UserStoreIdentityValidator.roleOf(s));
        if (role.isEmpty() || !role.get().mayWrite(tag.def().access())) {
            return new StatusCode(StatusCodes.Bad_UserAccessDenied);
        }
        OptionalDouble value = TagValueCodec.decode(tag.def(), request.getValue().getValue());
        if (value.isEmpty()) {
            return new StatusCode(StatusCodes.Bad_TypeMismatch);
        }
        InetAddress address = session.map(Session::getClientAddress).orElse(null);
        SourcePolicy.Verdict verdict = address == null ? SourcePolicy.Verdict.SERVE : policy.judge(address, true);
        switch (verdict) {
            case REFUSE:
                return new StatusCode(StatusCodes.Bad_RequestNotAllowed);
            case DROP_WRITE:
                // T0803 Block Command Message: the client hears "done", the PLC never hears anything.
                return StatusCode.GOOD;
            default:
                break;
        }
        if (path.link(tag.plant().id()) == ScadaPath.Link.FAILED) {
            return new StatusCode(StatusCodes.Bad_NoCommunication);
        }
        if (policy.commandsBlocked(path.scadaHost())) {
            return StatusCode.GOOD; // blocked between the SCADA server and the PLC: T0803 again
        }
        String source = "opcua " + UserStoreIdentityValidator.userOf(session.get())
                + "@" + (address == null ? "?" : address.getHostAddress());
        return statusOf(tag.plant().submit(tag.index(), value.getAsDouble(), source));
    }

    /** The OPC UA status for a plant's verdict on a write (IEC 62541-4, 7.34 StatusCode). */
    static StatusCode statusOf(WriteResult result) {
        return new StatusCode(switch (result) {
            case ACCEPTED -> StatusCodes.Good;
            case UNKNOWN_TAG -> StatusCodes.Bad_NodeIdUnknown;
            case READ_ONLY -> StatusCodes.Bad_NotWritable;
            case OUT_OF_RANGE -> StatusCodes.Bad_OutOfRange;
            case QUEUE_FULL -> StatusCodes.Bad_ResourceUnavailable;
            case BLOCKED -> StatusCodes.Bad_RequestNotAllowed;
        });
    }
}
