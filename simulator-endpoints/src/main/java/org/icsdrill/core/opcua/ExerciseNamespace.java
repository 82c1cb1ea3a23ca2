package org.icsdrill.core.opcua;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.core.ValueRanks;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.methods.AbstractMethodInvocationHandler;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilters;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.api.ExerciseRefusal;
import org.icsdrill.api.ExerciseResult;
import org.icsdrill.api.HostEvent;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.ResultCode;
import org.icsdrill.api.SiteView;
import org.icsdrill.core.alarm.Alarm;
import org.icsdrill.core.exercise.Actor;
import org.icsdrill.core.exercise.Declaration;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.net.ScadaPath;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.site.SiteState;

/**
 * Exercise control over OPC UA ({@link ExerciseAddress}): JSON variables that every console reads,
 * and methods for trainees and instructors, each checked against the caller's {@link Role}. The
 * console uses nothing else: no side door into the simulator.
 */
final class ExerciseNamespace extends SampledNamespace {

    private final Exercise exercise;
    private final ScadaPath scadaPath;
    private final AuditLog audit;

    ExerciseNamespace(OpcUaServer server, Exercise exercise, ScadaPath scadaPath, AuditLog audit) {
        super(server, ExerciseAddress.NAMESPACE_URI);
        this.exercise = exercise;
        this.scadaPath = scadaPath;
        this.audit = audit;
        getLifecycleManager().addStartupTask(this::buildNodes);
    }

    private void buildNodes() {
        var folder = new UaFolderNode(getNodeContext(), newNodeId(ExerciseAddress.FOLDER),
                newQualifiedName(ExerciseAddress.FOLDER), LocalizedText.english(ExerciseAddress.FOLDER));
        folder.setDescription(LocalizedText.english("Exercise control: state, alarms, traffic, hosts, injects, actions"));
        getNodeManager().addNode(folder);
        folder.addReference(new Reference(folder.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(),
                false));

        variable(folder, ExerciseAddress.STATE, "The exercise: briefing, plant time, speed, paused, ended",
                () -> ExerciseJson.write(exercise.state()), null);
        variable(folder, ExerciseAddress.ALARMS, "Alarm lists of every plant", cached(this::alarms, ExerciseJson::write),
                null);
        variable(folder, ExerciseAddress.TRAFFIC, "The newest requests the endpoints served",
                cached(exercise.traffic()::lastSeq, seq -> ExerciseJson.write(exercise.traffic().window())), null);
        variable(folder, ExerciseAddress.HOSTS, "Per source host since the start, and the newest kept request",
                cached(() -> List.of(exercise.ledger().lastSeq(), exercise.version()),
                        key -> ExerciseJson.write(exercise.ledger().summary())), null);
        variable(folder, ExerciseAddress.INJECTS, "Inject cards handed out",
                cached(exercise::version, v -> ExerciseJson.write(exercise.cards())), null);
        variable(folder, ExerciseAddress.ACTIONS, "What trainees and instructors did",
                cached(exercise::version, v -> ExerciseJson.write(exercise.traineeTimeline())), null);
        variable(folder, ExerciseAddress.TIMELINE, "The whole timeline with the ground truth (instructors)",
                cached(exercise::version, v -> ExerciseJson.write(exercise.timeline())), Role.INSTRUCTOR);
        variable(folder, ExerciseAddress.SITE, "The site network: zones, hosts and their state, conduits, flows",
                cached(() -> exercise.site().map(SiteState::version).orElse(List.of()),
                        v -> ExerciseJson.write(exercise.site().map(SiteState::view).orElse(SiteView.NONE))), null);
        variable(folder, ExerciseAddress.HOST_EVENTS, "The newest events of the site's hosts' logs",
                cached(() -> exercise.site().map(s -> s.events().lastSeq()).orElse(0L),
                        seq -> ExerciseJson.write(hostEvents())), null);
        // live values in it: made on every read, like State
        variable(folder, ExerciseAddress.DESK, "The scenario's name, notes, expectations and attacked tags (instructors)",
                () -> ExerciseJson.write(exercise.deskState()), Role.INSTRUCTOR);

        method(folder, ExerciseAddress.ACKNOWLEDGE_ALARM, "Acknowledge an alarm", Role.OPERATOR,
                (actor, role, in) -> exercise.acknowledgeAlarm(actor, in.text(0), in.text(1)),
                ExerciseMethod.text("Plant", "plant id"), ExerciseMethod.text("Tag", "tag name, like R1.TT101"));
        method(folder, ExerciseAddress.SHELVE_ALARM, "Shelve an alarm for a while, with a reason", Role.OPERATOR,
                (actor, role, in) -> exercise.shelveAlarm(actor, in.text(0), in.text(1), in.number(2), in.text(3),
                        role.atLeast(Role.INSTRUCTOR)),
                ExerciseMethod.text("Plant", "plant id"), ExerciseMethod.text("Tag", "tag name"),
                ExerciseMethod.number("Minutes", "how long, 1 to 60"), ExerciseMethod.text("Reason", "why"));
        method(folder, ExerciseAddress.DECLARE_INCIDENT, "Declare an incident", Role.VIEWER,
                (actor, role, in) -> exercise.declareIncident(actor, new Declaration(in.text(0), in.text(4), in.text(1),
                        in.text(2), in.text(3))),
                ExerciseMethod.text("Plant", "plant id, or empty when the incident is on a site host only"),
                ExerciseMethod.text("Technique", "suspected ATT&CK for ICS technique, like T0831, or empty"),
                ExerciseMethod.text("Assets", "affected assets"), ExerciseMethod.text("Text", "what you see"),
                ExerciseMethod.text("Host", "the site's host concerned, like engineering, or empty"));
        method(folder, ExerciseAddress.RESPOND, "Take a response action", Role.OPERATOR,
                this::respond,
                ExerciseMethod.text("Action", "isolate_host, block_traffic, close_conduit, reopen_conduit,"
                        + " quarantine_host, disable_account, reset_credential, restore_program, restore_parameters,"
                        + " switch_to_manual, emergency_shutdown, reset_safety_system or escalate"),
                ExerciseMethod.text("Plant", "plant id (empty for host, conduit and account actions)"),
                ExerciseMethod.text("Target", "host address (isolate, block), conduit (enterprise-dmz) or one service"
                        + " on it (enterprise-dmz rdp/3389), site host name (quarantine), account name, auto/manual"
                        + " tag, or whom to escalate to"));
        addMethod(folder, ExerciseAddress.QUERY_TRAFFIC, "A page of the requests kept for the whole run (anyone)",
                node -> new TrafficQueryMethod(node, exercise.ledger()));
        method(folder, ExerciseAddress.ANSWER_INJECT, "Answer a question of an inject card", Role.VIEWER,
                (actor, role, in) -> exercise.answerInject(actor, in.text(0), in.integer(1), in.text(2)),
                ExerciseMethod.text("Card", "card id, like card-1"),
                ExerciseMethod.integer("Question", "question number from 0"), ExerciseMethod.text("Answer", "answer"));
        method(folder, ExerciseAddress.APPROVE_INCIDENT_REPORT, "Approve the incident report to share", Role.OPERATOR,
                (actor, role, in) -> exercise.approveIncidentReport(actor, IncidentReport.parse(in.text(0), in.text(1),
                        in.text(2), in.text(3), in.text(4), in.integer(5)), in.text(6)),
                ExerciseMethod.text("WhatHappened", "what happened, in your words"),
                ExerciseMethod.text("Impact", "the impact on the plant, in your words"),
                ExerciseMethod.text("Determination", "suspected, successful-attempt, failed-attempt, blocked,"
                        + " false-positive or low-value"),
                ExerciseMethod.text("Tlp", "clear, green, amber, amber+strict or red"),
                ExerciseMethod.text("PhysicalImpact", "none, damaged-functional, damaged-nonfunctional or destruction"),
                ExerciseMethod.integer("AvailabilityImpact", "how much of the plant's function was lost, 0 to 100 %"),
                ExerciseMethod.text("Language", "the language of the words, like ja or en"));

        method(folder, ExerciseAddress.PAUSE, "Pause plant time", Role.INSTRUCTOR, (a, role, in) -> exercise.pause(a));
        method(folder, ExerciseAddress.RESUME, "Resume plant time", Role.INSTRUCTOR, (a, role, in) -> exercise.resume(a));
        method(folder, ExerciseAddress.SET_SPEED, "Change the speed", Role.INSTRUCTOR,
                (a, role, in) -> exercise.setSpeed(a, in.text(0)), ExerciseMethod.text("Speed", "1, 10, max"));
        method(folder, ExerciseAddress.NEXT_INJECT, "Hand out the next scripted inject now", Role.INSTRUCTOR,
                (a, role, in) -> exercise.fireNextInject(a));
        method(folder, ExerciseAddress.ADD_INJECT, "Hand out an inject written now", Role.INSTRUCTOR,
                (a, role, in) -> exercise.addInject(a, in.text(0), in.text(1), in.texts(2)),
                ExerciseMethod.text("Audience", "operator, engineer or manager"), ExerciseMethod.text("Text", "text"),
                ExerciseMethod.texts("Questions", "questions to answer"));
        method(folder, ExerciseAddress.ADD_NOTE, "Keep an instructor's note", Role.INSTRUCTOR,
                (a, role, in) -> exercise.note(a, in.text(0)), ExerciseMethod.text("Text", "note"));
        method(folder, ExerciseAddress.END, "End the exercise now", Role.INSTRUCTOR, (a, role, in) -> exercise.end(a));
        method(folder, ExerciseAddress.CHOOSE_SCENARIO, "Load a scenario before the drill starts", Role.INSTRUCTOR,
                (a, role, in) -> exercise.chooseScenario(a, in.text(0)),
                ExerciseMethod.text("Scenario", "a scenario id from State.choosable"));
        method(folder, ExerciseAddress.CLOSE, "Close the simulator after the end of the exercise", Role.INSTRUCTOR,
                (a, role, in) -> exercise.closeSimulator(a));
    }

    private ExerciseResult respond(Actor actor, Role role, ExerciseMethod.Inputs in) {
        ResponseAction action;
        try {
            action = ResponseAction.valueOf(in.text(0).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExerciseRefusal(ResultCode.UNKNOWN_ACTION, in.text(0));
        }
        // Reloading a PLC's program or parameters is engineering work, as on a real plant.
        boolean engineering = action == ResponseAction.RESTORE_PROGRAM || action == ResponseAction.RESTORE_PARAMETERS;
        if (engineering && !role.atLeast(Role.ENGINEER)) {
            throw new ExerciseRefusal(ResultCode.NEEDS_ENGINEER, action.name().toLowerCase(Locale.ROOT));
        }
        return exercise.respond(actor, action, in.text(1), in.text(2));
    }

    private void variable(UaFolderNode folder, String id, String description, Supplier<String> json, Role reader) {
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(id))
                .setBrowseName(newQualifiedName(id.substring(id.indexOf('.') + 1)))
                .setDisplayName(LocalizedText.english(id.substring(id.indexOf('.') + 1)))
                .setDescription(LocalizedText.english(description))
                .setDataType(NodeIds.String)
                .setValueRank(ValueRanks.Scalar)
                .setAccessLevel(AccessLevel.toValue(AccessLevel.CurrentRead))
                .setUserAccessLevel(AccessLevel.toValue(AccessLevel.CurrentRead))
                .setMinimumSamplingInterval(100.0)
                .buildAndAdd();
        node.getFilterChain().addLast(AttributeFilters.getValue(ctx -> {
            Session session = ctx.getSession().orElse(null);
            if (reader != null && session != null
                    && !UserStoreIdentityValidator.roleOf(session).map(r -> r.atLeast(reader)).orElse(false)) {
                return new DataValue(Variant.NULL_VALUE, new StatusCode(StatusCodes.Bad_UserAccessDenied),
                        DateTime.now(), DateTime.now());
            }
            return new DataValue(new Variant(json.get()), StatusCode.GOOD, DateTime.now(), DateTime.now());
        }));
        folder.addComponent(node);
    }

    private void method(UaFolderNode folder, String id, String description, Role required, ExerciseMethod.Body body,
                        Argument... inputs) {
        addMethod(folder, id, description + " (" + required.key() + " role)",
                node -> new ExerciseMethod(node, required, inputs, afterTheEnd(id, body), audit));
    }

    private void addMethod(UaFolderNode folder, String id, String description,
                           Function<UaMethodNode, AbstractMethodInvocationHandler> handlerOf) {
        String name = id.substring(id.indexOf('.') + 1);
        UaMethodNode node = UaMethodNode.builder(getNodeContext())
                .setNodeId(newNodeId(id))
                .setBrowseName(newQualifiedName(name))
                .setDisplayName(LocalizedText.english(name))
                .setDescription(LocalizedText.english(description))
                .build();
        var handler = handlerOf.apply(node);
        node.setInputArguments(handler.getInputArguments());
        node.setOutputArguments(handler.getOutputArguments());
        node.setInvocationHandler(handler);
        getNodeManager().addNode(node);
        folder.addComponent(node);
    }

    /**
     * Once the exercise is over only closing the simulator is done: the record is closed, so anything
     * else would be done without trace.
     */
    private ExerciseMethod.Body afterTheEnd(String id, ExerciseMethod.Body body) {
        return id.equals(ExerciseAddress.CLOSE) ? body : (actor, role, in) -> {
            if (exercise.isOver()) {
                throw new ExerciseRefusal(ResultCode.EXERCISE_OVER);
            }
            return body.call(actor, role, in);
        };
    }

    /** The hosts' newest events without their ground truth: every console may read them. */
    private List<HostEvent> hostEvents() {
        return exercise.site().map(s -> s.events().newest()).orElse(List.of()).stream()
                .map(HostEvent::withoutGroundTruth).toList();
    }

    /** The alarm lists of every plant's published view; their JSON is made again only when one changes. */
    private List<Alarm> alarms() {
        List<Alarm> alarms = new ArrayList<>();
        for (PlantRuntime plant : exercise.simulation().plants()) {
            // the SCADA server's alarm list is computed from what reached it: a blinded path freezes it too
            alarms.addAll(scadaPath.report(plant.id()).view().alarms());
        }
        alarms.addAll(exercise.networkAlarms());
        return alarms;
    }

    /**
     * JSON made again only when {@code key} changes (a version number, the alarm lists):
     * subscriptions sample each variable several times a second.
     */
    private static <K> Supplier<String> cached(Supplier<K> key, Function<K, String> make) {
        return new Supplier<>() {
            private K made;
            private String json;

            @Override
            public synchronized String get() {
                K now = key.get();
                if (json == null || !now.equals(made)) {
                    json = make.apply(now);
                    made = now;
                }
                return json;
            }
        };
    }
}
