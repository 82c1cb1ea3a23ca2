package org.icsdrill.core.opcua;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.encoding.EncodingContext;
import org.eclipse.milo.opcua.stack.core.types.builtin.ExtensionObject;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.transport.server.ServiceRequestContext;
import org.icsdrill.api.PlantAddress;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.sim.Simulation;

/**
 * Writes one journal {@link Transaction} per operation on a plant node, as a sensor decoding the
 * OPC UA binary traffic would see it: who (ip:port), which service, which node, what values, what
 * status came back. Operations on other namespaces (the server's own objects, which every client
 * reads on connect) are not plant traffic and are left out.
 */
final class ServiceJournal {

    static final String PROTOCOL = "opcua";
    /** The longest value text journaled whole: far more than any tag value or structure needs. */
    static final int MAX_TEXT = 200;

    private final Simulation simulation;
    private final TransactionJournal journal;
    private final EncodingContext encoding;
    private final int namespaceIndex;

    ServiceJournal(Simulation simulation, TransactionJournal journal, EncodingContext encoding, int namespaceIndex) {
        this.simulation = simulation;
        this.journal = journal;
        this.encoding = encoding;
        this.namespaceIndex = namespaceIndex;
    }

    boolean isPlantNode(NodeId nodeId) {
        return nodeId != null && nodeId.getNamespaceIndex().intValue() == namespaceIndex;
    }

    /** An operation answered with {@code result}: a Bad status is a refusal, anything else an answer. */
    void record(ServiceRequestContext context, String service, NodeId nodeId, String values, StatusCode result) {
        record(source(context.getChannel().remoteAddress()), service, nodeId, values, statusName(result),
                outcomeOf(result));
    }

    void record(String source, String service, NodeId nodeId, String values, String result, TrafficOutcome outcome) {
        Optional<String> plant = nodeId == null ? Optional.empty()
                : PlantAddress.plantOf(String.valueOf(nodeId.getIdentifier())).filter(simulation::hasPlant);
        double plantTime = plant.map(id -> simulation.plant(id).view().plantTimeSeconds())
                .orElseGet(simulation::plantTimeSeconds);
        journal.record(new Transaction(plantTime, Instant.now(), plant.orElse(""), source, PROTOCOL, service,
                nodeId == null ? "" : nodeId.toParseableString(), values, result, outcome));
    }

    static TrafficOutcome outcomeOf(StatusCode status) {
        return status != null && status.isBad() ? TrafficOutcome.REFUSED : TrafficOutcome.ANSWERED;
    }

    static String source(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }

    /** The symbolic name of a status, {@code Good} or {@code Bad_OutOfRange}. */
    static String statusName(StatusCode status) {
        if (status == null) {
            return "";
        }
        return StatusCodes.lookup(status.getValue()).map(names -> names[0])
                .orElseGet(() -> String.format("0x%08X", status.getValue()));
    }

    /**
     * A value as text; structures such as EURange are decoded so the journal shows their fields. A
     * long text (a plant's mimic, some kilobytes of JSON) is cut to its start and length, so that
     * every console reading it on connect does not swell the journal and the network monitor.
     */
    String text(Variant variant) {
        Object value = variant == null ? null : variant.getValue();
        if (value instanceof ExtensionObject xo) {
            try {
                value = xo.decode(encoding);
            } catch (RuntimeException e) {
                return "ExtensionObject " + xo.getEncodingOrTypeId();
            }
        }
        String text = String.valueOf(value);
        return text.length() <= MAX_TEXT ? text
                : text.substring(0, MAX_TEXT) + "... (" + text.length() + " characters)";
    }

    /** The value of a Value read or write as is; other attributes as {@code Attribute=value}. */
    String text(UInteger attributeId, Variant variant) {
        if (AttributeId.Value.uid().equals(attributeId)) {
            return text(variant);
        }
        String name = AttributeId.from(attributeId).map(Enum::name).orElse("attribute " + attributeId);
        return name + "=" + text(variant);
    }
}
