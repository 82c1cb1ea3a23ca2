package org.icsdrill.ui.opcua;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.icsdrill.api.PlantAddress;

/**
 * Turns a plant's tag variables into {@link TagInfo}s: their attributes (Description, DataType,
 * AccessLevel) and their properties (AnalogItem's EURange, EngineeringUnits and InstrumentRange of
 * IEC 62541-8, 5.3.2, and the alarm limits of ADR 3), in two Reads for all of them.
 */
final class TagDescriber {

    /** The tag properties read at start-up. */
    private static final Set<String> PROPERTIES = Set.of("EURange", "EngineeringUnits", "InstrumentRange",
            PlantAddress.HIGH_HIGH_LIMIT, PlantAddress.HIGH_LIMIT, PlantAddress.LOW_LIMIT, PlantAddress.LOW_LOW_LIMIT,
            PlantAddress.ALARM_STATE);

    private final BatchedCalls calls;

    TagDescriber(BatchedCalls calls) {
        this.calls = calls;
    }

    /** The tags of {@code plantId}, in the order of {@code variables}. */
    List<TagInfo> describe(String plantId, List<ReferenceDescription> variables) throws UaException {
        List<NodeId> nodes = calls.nodeIds(variables);
        List<ReadValueId> reads = new ArrayList<>();
        for (NodeId node : nodes) {
            reads.add(BatchedCalls.read(node, AttributeId.Description));
            reads.add(BatchedCalls.read(node, AttributeId.DataType));
            reads.add(BatchedCalls.read(node, AttributeId.AccessLevel));
        }
        DataValue[] attributes = calls.read(reads);
        List<Map<String, Object>> properties = properties(nodes);

        List<TagInfo> tags = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String id = String.valueOf(nodes.get(i).getIdentifier());
            String name = id.startsWith(plantId + ".") ? id.substring(plantId.length() + 1) : id;
            Object description = BatchedCalls.value(attributes[3 * i]);
            Object dataType = BatchedCalls.value(attributes[3 * i + 1]);
            Object accessLevel = BatchedCalls.value(attributes[3 * i + 2]);
            TagType type = NodeIds.Boolean.equals(dataType) ? TagType.BOOL
                    : NodeIds.UInt16.equals(dataType) ? TagType.UINT16 : TagType.REAL;
            boolean writable = accessLevel instanceof UByte level
                    && AccessLevel.fromValue(level).contains(AccessLevel.CurrentWrite);
            Map<String, Object> props = properties.get(i);
            Range range = props.get("EURange") instanceof Range r ? r : null;
            String unit = props.get("EngineeringUnits") instanceof EUInformation eu && eu.getDisplayName() != null
                    ? eu.getDisplayName().text() : "";
            tags.add(new TagInfo(id, plantId, name,
                    description instanceof LocalizedText text ? text.text() : "",
                    type, unit == null ? "" : unit,
                    range == null ? Double.NaN : range.getLow(), range == null ? Double.NaN : range.getHigh(),
                    props.containsKey("InstrumentRange"), writable, normalRange(props)));
        }
        return tags;
    }

    /** Each node's properties of {@link #PROPERTIES} by name, read in one call. */
    private List<Map<String, Object>> properties(List<NodeId> nodes) throws UaException {
        List<Map<String, Object>> byNode = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        List<ReadValueId> reads = new ArrayList<>();
        List<List<ReferenceDescription>> properties = calls.browse(nodes, NodeIds.HasProperty);
        for (int i = 0; i < nodes.size(); i++) {
            byNode.add(new HashMap<>());
            for (ReferenceDescription property : properties.get(i)) {
                String name = property.getBrowseName().name();
                Optional<NodeId> node = calls.nodeId(property);
                if (PROPERTIES.contains(name) && node.isPresent()) {
                    names.add(name);
                    owners.add(i);
                    reads.add(BatchedCalls.read(node.get(), AttributeId.Value));
                }
            }
        }
        DataValue[] values = calls.read(reads);
        for (int k = 0; k < values.length; k++) {
            Object decoded = calls.decoded(values[k]);
            if (decoded != null) {
                byNode.get(owners.get(k)).put(names.get(k), decoded);
            }
        }
        return byNode;
    }

    /** The band between the low and high alarm limits (L else LL, H else HH), or the alarm state of an on/off tag. */
    private static NormalRange normalRange(Map<String, Object> props) {
        if (props.get(PlantAddress.ALARM_STATE) instanceof Number state) {
            return new NormalRange(Double.NaN, Double.NaN, state.doubleValue());
        }
        double low = limit(props, PlantAddress.LOW_LIMIT, PlantAddress.LOW_LOW_LIMIT);
        double high = limit(props, PlantAddress.HIGH_LIMIT, PlantAddress.HIGH_HIGH_LIMIT);
        return Double.isNaN(low) && Double.isNaN(high) ? NormalRange.NONE : NormalRange.between(low, high);
    }

    private static double limit(Map<String, Object> props, String first, String otherwise) {
        Object value = props.containsKey(first) ? props.get(first) : props.get(otherwise);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
