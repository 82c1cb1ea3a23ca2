package org.icsdrill.core.opcua;

import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.QualifiedProperty;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.sdk.server.model.variables.AnalogItemType;
import org.eclipse.milo.opcua.sdk.server.model.variables.AnalogItemTypeNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNodeContext;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.factories.NodeFactory;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;
import org.eclipse.milo.opcua.stack.core.types.structured.Range;
import org.icsdrill.api.PlantAddress;
import org.icsdrill.core.net.ScadaPath;
import org.icsdrill.core.sim.PlantView;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.tag.AlarmLimits;
import org.icsdrill.core.tag.EngineeringUnit;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKind;
import org.jspecify.annotations.Nullable;

/**
 * Makes the variable node of one tag. Every REAL tag becomes an AnalogItemType (IEC 62541-8, 5.3.2.3)
 * with its EURange and EngineeringUnits, because set points, parameters and outputs have a unit and
 * a range just like measurements; measurements also get InstrumentRange. BOOL and UINT16 tags are
 * plain BaseDataVariables of type Boolean and UInt16.
 *
 * <p>The Value is never stored in the node: an attribute filter reads it from the plant's published
 * view on every Read and every subscription sample, with the plant time mapped to wall time as the
 * source timestamp. UserAccessLevel is computed per session from the user's {@link Role}, so clients
 * see before writing whether they may (IEC 62541-3, 5.6.2), and Milo's access check answers
 * Bad_UserAccessDenied from the same attribute.
 */
final class TagNodeBuilder {

    /** Where UNECE Recommendation 20 unit ids live (IEC 62541-8, 5.6.3). */
    static final String UNECE_NAMESPACE = "http://www.opcfoundation.org/UA/units/un/cefact";

    // every tag is historized by the SCADA historian (HistoryRead, TagHistoryService)
    private static final UByte READ = AccessLevel.toValue(AccessLevel.CurrentRead, AccessLevel.HistoryRead);
    private static final UByte READ_WRITE = AccessLevel.toValue(AccessLevel.CurrentRead, AccessLevel.CurrentWrite,
            AccessLevel.HistoryRead);

    private final UaNodeContext context;
    private final NodeFactory factory;
    private final Simulation simulation;
    private final ScadaPath path;
    private final int namespaceIndex;

    TagNodeBuilder(UaNodeContext context, NodeFactory factory, Simulation simulation, ScadaPath path,
                   int namespaceIndex) {
        this.context = context;
        this.factory = factory;
        this.simulation = simulation;
        this.path = path;
        this.namespaceIndex = namespaceIndex;
    }

    /** Creates the node, adds it (and its properties) to the node manager and returns it. */
    UaVariableNode build(TagBinding tag) throws UaException {
        TagDef def = tag.def();
        UaVariableNode node = switch (def.type()) {
            case REAL -> analogItem(tag);
            case BOOL, UINT16 -> new UaVariableNode.UaVariableNodeBuilder(context)
                    .setNodeId(tag.nodeId())
                    .setBrowseName(new QualifiedName(namespaceIndex, def.shortName()))
                    .setDisplayName(LocalizedText.english(def.shortName()))
                    .buildAndAdd();
        };
        node.setBrowseName(new QualifiedName(namespaceIndex, def.shortName()));
        node.setDisplayName(LocalizedText.english(def.shortName()));
        node.setDescription(LocalizedText.english(def.description()));
        node.setDataType(TagValueCodec.dataType(def));
        node.setValueRank(ValueRanks.Scalar);
        node.setAccessLevel(def.access().isWritable() && !def.field() ? READ_WRITE : READ);
        node.setUserAccessLevel(READ);
        node.setHistorizing(true);
        // Sampling faster than the simulation ticks would only repeat values (IEC 62541-3, 5.6.2).
        node.setMinimumSamplingInterval(simulation.tickSeconds() * 1000.0);
        node.getFilterChain().addLast(liveValue(tag), userAccessLevel(tag),
                LocalizedDescription.of(def, tag.plant().catalog().translations()));
        addAlarmLimits(node, def.alarms());
        return node;
    }

    /**
     * The alarm limits the simulator's SCADA side raises alarms at, as properties named after
     * LimitAlarmType's (IEC 62541-9, 5.8.18: HighHighLimit, HighLimit, LowLimit, LowLowLimit) and,
     * for a two-state tag, {@code AlarmState} (the value that is in alarm). An HMI shades its
     * analog indicators' normal range from them.
     */
    private static void addAlarmLimits(UaVariableNode node, AlarmLimits limits) {
        if (!limits.isDefined()) {
            return;
        }
        if (limits.isDiscrete()) {
            node.setProperty(limit(PlantAddress.ALARM_STATE), limits.alarmState());
            return;
        }
        setIfDefined(node, PlantAddress.HIGH_HIGH_LIMIT, limits.highHigh());
        setIfDefined(node, PlantAddress.HIGH_LIMIT, limits.high());
        setIfDefined(node, PlantAddress.LOW_LIMIT, limits.low());
        setIfDefined(node, PlantAddress.LOW_LOW_LIMIT, limits.lowLow());
    }

    private static void setIfDefined(UaVariableNode node, String name, double value) {
        if (!Double.isNaN(value)) {
            node.setProperty(limit(name), value);
        }
    }

    private static QualifiedProperty<Double> limit(String name) {
        return new QualifiedProperty<>(PlantAddress.NAMESPACE_URI, name, NodeIds.Double.expanded(), ValueRanks.Scalar,
                Double.class);
    }

    private UaVariableNode analogItem(TagBinding tag) throws UaException {
        TagDef def = tag.def();
        boolean measurement = def.kind() == TagKind.MEASUREMENT;
        var node = (AnalogItemTypeNode) factory.createNode(tag.nodeId(), NodeIds.AnalogItemType,
                new NodeFactory.InstantiationCallback() {
                    @Override
                    public boolean includeOptionalNode(NodeId typeDefinitionId, QualifiedName browseName) {
                        String name = browseName.name();
                        return AnalogItemType.ENGINEERING_UNITS.getBrowseName().equals(name)
                                || (measurement && AnalogItemType.INSTRUMENT_RANGE.getBrowseName().equals(name));
                    }
                });
        Range range = new Range(def.range().min(), def.range().max());
        node.setEuRange(range);
        node.setEngineeringUnits(euInformation(def.unit()));
        if (measurement) {
            node.setInstrumentRange(range);
        }
        return node;
    }

    static EUInformation euInformation(EngineeringUnit unit) {
        return new EUInformation(UNECE_NAMESPACE, unit.opcUaUnitId(), LocalizedText.english(unit.symbol()),
                LocalizedText.english(unit.description()));
    }

    private AttributeFilter liveValue(TagBinding tag) {
        return AttributeFilters.getValue(ctx -> {
            ScadaPath.Report report = path.report(tag.plant().id());
            PlantView view = report.view();
            DateTime source = new DateTime(simulation.plantInstant(view.plantTimeSeconds()));
            return new DataValue(TagValueCodec.encode(tag.def(), view.value(tag.index())), statusOf(report.quality()),
                    source, DateTime.now());
        });
    }

    /**
     * A frozen value keeps its old SourceTimestamp; it stays Good until the SCADA server's poll time-out
     * has passed, then turns Uncertain_LastUsableValue ("whatever was updating this value has stopped
     * doing so", IEC 62541-4, 7.34). A lost device is Bad_NoCommunication (IEC 62541-8, Annex A: DA's
     * COMM_FAILURE), the last value kept for the record.
     */
    static StatusCode statusOf(ScadaPath.Quality quality) {
        return switch (quality) {
            case GOOD -> StatusCode.GOOD;
            case STALE -> new StatusCode(StatusCodes.Uncertain_LastUsableValue);
            case NO_COMMUNICATION -> new StatusCode(StatusCodes.Bad_NoCommunication);
        };
    }

    private static AttributeFilter userAccessLevel(TagBinding tag) {
        return new AttributeFilter() {
            @Override
            public @Nullable Object getAttribute(AttributeFilterContext ctx, AttributeId attributeId) {
                if (attributeId != AttributeId.UserAccessLevel) {
                    return ctx.getAttribute(attributeId);
                }
                boolean mayWrite = UserStoreIdentityValidator.roleOf(ctx.getSession().orElse(null))
                        .map(role -> role.mayWrite(tag.def().access()))
                        .orElse(false);
                return mayWrite && !tag.def().field() ? READ_WRITE : READ;
            }
        };
    }
}
