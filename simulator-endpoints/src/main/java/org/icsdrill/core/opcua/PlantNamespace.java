package org.icsdrill.core.opcua;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.sdk.server.AddressSpace.HistoryReadContext;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadDetails;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadResult;
import org.eclipse.milo.opcua.stack.core.types.structured.HistoryReadValueId;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteValue;
import org.icsdrill.api.CouplingJson;
import org.icsdrill.api.MimicJson;
import org.icsdrill.api.PlantAddress;
import org.icsdrill.core.coupling.Coupling;
import org.icsdrill.core.history.ScadaHistorian;
import org.icsdrill.core.net.ScadaPath;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.tag.TagDef;

/**
 * The plants' address space, {@value PlantAddress#NAMESPACE_URI}: Objects/Plants/&lt;plant&gt;/&lt;unit&gt;/&lt;tag&gt;
 * (see {@link PlantAddress} for the NodeIds), with each plant's mimic beside its units. Built once
 * at start-up from the plants' declarations; it holds no plant state. HistoryRead of a tag is
 * answered from the SCADA historian ({@link TagHistoryService}). Reads and subscription samples go through the nodes' value filters, writes
 * of a tag's Value go to the {@link TagWriter}.
 */
final class PlantNamespace extends SampledNamespace {

    private final Simulation simulation;
    private final TagWriter writer;
    private final ScadaPath path;
    /** Filled once at start-up, then read by Milo's service threads. */
    private final Map<NodeId, TagBinding> tags = new ConcurrentHashMap<>();
    private final TagHistoryService history;
    private final List<Coupling> couplings;

    PlantNamespace(OpcUaServer server, Simulation simulation, ScadaPath path, TagWriter writer,
                   ScadaHistorian historian, List<Coupling> couplings) {
        super(server, PlantAddress.NAMESPACE_URI, simulation);
        this.simulation = simulation;
        this.couplings = couplings;
        this.path = path;
        this.writer = writer;
        this.history = new TagHistoryService(simulation, historian, tags, server.getStaticEncodingContext());
        getLifecycleManager().addStartupTask(this::buildNodes);
    }

    /** The tag behind a node, if the node is a tag variable. */
    Optional<TagBinding> tag(NodeId nodeId) {
        return Optional.ofNullable(tags.get(nodeId));
    }

    Map<NodeId, TagBinding> tags() {
        return Collections.unmodifiableMap(tags);
    }

    private void buildNodes() {
        int ns = getNamespaceIndex().intValue();
        UaFolderNode plantsFolder = folder(PlantAddress.PLANTS_FOLDER, PlantAddress.PLANTS_FOLDER,
                "The simulated plants, one folder each");
        plantsFolder.addReference(new Reference(plantsFolder.getNodeId(), NodeIds.Organizes,
                NodeIds.ObjectsFolder.expanded(), false));
        var nodes = new TagNodeBuilder(getNodeContext(), getNodeFactory(), simulation, path, ns);
        for (PlantRuntime plant : simulation.plants()) {
            UaFolderNode plantFolder = folder(PlantAddress.plantFolder(plant.id()), plant.id(),
                    LocalizedDescription.plantText(plant.model().displayName(), plant.model().description()));
            plantFolder.getFilterChain().addLast(LocalizedDescription.of(plant.model()));
            plantsFolder.addOrganizes(plantFolder);
            plant.model().mimic().ifPresent(mimic -> plantFolder.addComponent(stringNode(PlantAddress.mimic(plant.id()),
                    PlantAddress.MIMIC, "The plant's mimic: equipment, lines, values and texts as JSON",
                    MimicJson.write(mimic))));
            List<Coupling> into = couplings.stream().filter(c -> c.targetPlant().equals(plant.id())).toList();
            if (!into.isEmpty()) {
                plantFolder.addComponent(stringNode(PlantAddress.couplings(plant.id()), PlantAddress.COUPLINGS,
                        "What flows into the plant from the others (docs/coupling.md) as JSON",
                        CouplingJson.write(into)));
            }
            Map<String, UaFolderNode> units = new LinkedHashMap<>();
            for (int i = 0; i < plant.catalog().size(); i++) {
                TagDef def = plant.catalog().get(i);
                UaFolderNode unit = units.computeIfAbsent(def.equipment(), name -> {
                    UaFolderNode folder = folder(PlantAddress.unitFolder(plant.id(), name), name,
                            "Equipment unit " + name + " of " + plant.model().displayName());
                    plantFolder.addOrganizes(folder);
                    return folder;
                });
                var binding = new TagBinding(newNodeId(PlantAddress.tag(plant.id(), def)), plant, i, def);
                try {
                    unit.addOrganizes(nodes.build(binding));
                } catch (UaException e) {
                    throw new IllegalStateException("cannot create the OPC UA node of " + def.name(), e);
                }
                tags.put(binding.nodeId(), binding);
            }
        }
    }

    /**
     * A JSON document fixed for the run (the plant's mimic, the couplings into it): a read-only value that any
     * session that can browse the plant may read, as an HMI's display files are readable by every operator
     * station.
     */
    private UaVariableNode stringNode(String id, String name, String description, String json) {
        return new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(id))
                .setBrowseName(newQualifiedName(name))
                .setDisplayName(LocalizedText.english(name))
                .setDescription(LocalizedText.english(description))
                .setDataType(NodeIds.String)
                .setValueRank(ValueRanks.Scalar)
                .setAccessLevel(AccessLevel.toValue(AccessLevel.CurrentRead))
                .setUserAccessLevel(AccessLevel.toValue(AccessLevel.CurrentRead))
                .setValue(new DataValue(new Variant(json)))
                .buildAndAdd();
    }

    private UaFolderNode folder(String id, String name, String description) {
        var folder = new UaFolderNode(getNodeContext(), newNodeId(id), newQualifiedName(name),
                LocalizedText.english(name));
        folder.setDescription(LocalizedText.english(description));
        getNodeManager().addNode(folder);
        return folder;
    }

    /** The tags' history, from the SCADA historian. */
    @Override
    public List<HistoryReadResult> historyRead(HistoryReadContext context, HistoryReadDetails details,
                                               TimestampsToReturn timestamps, List<HistoryReadValueId> nodes) {
        return history.read(details, nodes);
    }

    /** Tag Value writes go to the plant; everything else gets Milo's default handling. */
    @Override
    public List<StatusCode> write(WriteContext context, List<WriteValue> writeValues) {
        List<StatusCode> results = new ArrayList<>(Collections.nCopies(writeValues.size(), null));
        List<WriteValue> others = new ArrayList<>();
        List<Integer> otherPositions = new ArrayList<>();
        for (int i = 0; i < writeValues.size(); i++) {
            WriteValue value = writeValues.get(i);
            TagBinding tag = tags.get(value.getNodeId());
            if (tag != null && AttributeId.Value.uid().equals(value.getAttributeId())) {
                results.set(i, writer.write(tag, value, context.getSession()));
            } else {
                others.add(value);
                otherPositions.add(i);
            }
        }
        if (!others.isEmpty()) {
            List<StatusCode> otherResults = super.write(context, others);
            for (int i = 0; i < others.size(); i++) {
                results.set(otherPositions.get(i), otherResults.get(i));
            }
        }
        return results;
    }
}
