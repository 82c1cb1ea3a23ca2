package org.icsdrill.core.sim;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.icsdrill.core.alarm.AlarmEvent;
import org.icsdrill.core.alarm.AlarmTable;
import org.icsdrill.core.plant.BoundaryInput;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.plant.PhysicalProcess;
import org.icsdrill.core.plant.PlantCalendar;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.core.plant.ProcessIo;
import org.icsdrill.core.signal.ActuatorLayer;
import org.icsdrill.core.signal.InstrumentLayer;
import org.icsdrill.core.signal.Removable;
import org.icsdrill.core.signal.ViewLayer;
import org.icsdrill.core.tag.DataType;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKey;
import org.icsdrill.core.tag.TagKind;

/**
 * One running plant and its layered signal path. Each tick, on the simulation thread:
 * queued writes -> PLC scan -> safety scan -> physics step -> instruments sample the new true
 * values into the input image -> network view published -> alarms evaluated on that view.
 * Protocol threads only read {@link #view()} and call {@link #submit}.
 */
public final class PlantRuntime {

    /** Writes waiting for the next tick beyond this are refused, so a flood cannot exhaust memory. */
    public static final int WRITE_QUEUE_CAPACITY = 10_000;

    private final PlantModel model;
    private final TagCatalog catalog;
    private final PhysicalProcess process;
    private final ControllerMemory memory;
    private final ProcessIo actuators;
    private final InstrumentLayer instruments;
    private final ViewLayer viewLayer = new ViewLayer();
    private final ActuatorLayer actuatorLayer;
    private final AlarmTable alarms;
    private final RandomGenerator random;
    private final ControlProgram goldenProgram;
    private final ControlProgram goldenSafety;
    /** Controller memory at start-up: the golden parameters and set points, to restore. */
    private final double[] goldenMemory;
    private volatile ControlProgram program;
    private volatile ControlProgram safety;
    private final ConcurrentLinkedQueue<TagWrite> writes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingWrites = new AtomicInteger();
    private final List<Consumer<AlarmEvent>> alarmListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<AppliedWrite>> writeListeners = new CopyOnWriteArrayList<>();
    private volatile PlantView view;

    /** A write as applied to controller memory at a tick boundary. */
    public record AppliedWrite(String plant, long tick, double plantTimeSeconds, TagWrite write) {
    }

    PlantRuntime(PlantModel model, RandomGenerator random, PlantCalendar calendar) {
        this.model = model;
        this.catalog = model.tags();
        this.random = random;
        this.process = model.createProcess(calendar);
        this.memory = new ControllerMemory(catalog);
        this.instruments = new InstrumentLayer(catalog);
        this.actuatorLayer = new ActuatorLayer(catalog);
        this.alarms = new AlarmTable(model.id(), catalog);
        this.goldenProgram = model.createControlProgram(calendar);
        this.goldenSafety = model.createSafetyProgram();
        this.program = goldenProgram;
        this.safety = goldenSafety;
        this.actuators = this::readActuator;
        sampleInstruments(0);
        goldenProgram.start(memory);
        goldenSafety.start(memory);
        this.goldenMemory = memory.copy();
        publish(0, 0);
    }

    public String id() {
        return model.id();
    }

    public PlantModel model() {
        return model;
    }

    public TagCatalog catalog() {
        return catalog;
    }

    /** The last published network view; safe to call from any thread. */
    public PlantView view() {
        return view;
    }

    public InstrumentLayer instruments() {
        return instruments;
    }

    public ViewLayer viewLayer() {
        return viewLayer;
    }

    /** Final elements: valves and drives that stop following their outputs (faults). */
    public ActuatorLayer actuators() {
        return actuatorLayer;
    }

    /** Stops alarms on a tag from being raised while the values stay visible (T0878); simulation thread. */
    public Removable suppressAlarms(int tagIndex) {
        return alarms.suppress(tagIndex);
    }

    public ControlProgram program() {
        return program;
    }

    public ControlProgram safetyProgram() {
        return safety;
    }

    /** Swaps the running PLC program (T0889); the next scan runs it. */
    public void replaceProgram(ControlProgram replacement) {
        replacement.start(memory);
        this.program = replacement;
    }

    /** Puts the golden PLC program back, as a response action does. */
    public void restoreGoldenProgram() {
        this.program = goldenProgram;
    }

    public void replaceSafetyProgram(ControlProgram replacement) {
        this.safety = replacement;
    }

    public void restoreGoldenSafetyProgram() {
        this.safety = goldenSafety;
    }

    public void onAlarm(Consumer<AlarmEvent> listener) {
        alarmListeners.add(listener);
    }

    public void onWriteApplied(Consumer<AppliedWrite> listener) {
        writeListeners.add(listener);
    }

    /** Checks a write against the tag declaration and queues it for the next tick. Thread-safe. */
    public WriteResult submit(int tagIndex, double value, String source) {
        if (tagIndex < 0 || tagIndex >= catalog.size()) {
            return WriteResult.UNKNOWN_TAG;
        }
        WriteResult check = check(catalog.get(tagIndex), value);
        if (check != WriteResult.ACCEPTED) {
            return check;
        }
        if (pendingWrites.incrementAndGet() > WRITE_QUEUE_CAPACITY) {
            pendingWrites.decrementAndGet();
            return WriteResult.QUEUE_FULL;
        }
        writes.add(new TagWrite(tagIndex, value, source));
        return WriteResult.ACCEPTED;
    }

    public WriteResult submit(String tag, double value, String source) {
        return catalog.indexOf(tag).map(i -> submit(i, value, source)).orElse(WriteResult.UNKNOWN_TAG);
    }

    /** Whether a value may be written to a tag, judged from its declaration alone. */
    public static WriteResult check(TagDef def, double value) {
        if (def.field() || !def.access().isWritable()) {
            return WriteResult.READ_ONLY;
        }
        if (Double.isNaN(value) || !def.range().contains(value)) {
            return WriteResult.OUT_OF_RANGE;
        }
        boolean whole = value == Math.rint(value);
        if (def.type() != DataType.REAL && !whole) {
            return WriteResult.OUT_OF_RANGE;
        }
        return WriteResult.ACCEPTED;
    }

    /** The true value of a tag: the physics for field signals, controller memory for the rest. */
    public double trueValue(int tagIndex) {
        TagKey key = catalog.key(tagIndex);
        return key.def().field() ? process.trueValue(key) : memory.get(tagIndex);
    }

    /** The declared input of this name; an unknown name is an error that names the plant's inputs. */
    public BoundaryInput input(String name) {
        return model.inputs().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("plant '" + id() + "' has no input '" + name
                        + "'; its inputs: " + model.inputs().stream().map(BoundaryInput::name).toList()));
    }

    /**
     * Sets a boundary input for the physics' next steps (a coupling from another plant does, between two
     * ticks); simulation thread only.
     */
    public void setInput(BoundaryInput input, double value) {
        process.setInput(input, value);
    }

    /** The consequence model's description of the damage once the plant is damaged; simulation thread only. */
    public Optional<String> damage() {
        return process.damage();
    }

    /** What the PLC holds now, for the historian and tests; simulation thread only. */
    public double plcValue(int tagIndex) {
        return memory.get(tagIndex);
    }

    /** Direct access to controller memory for attacks and responses that run on the simulation thread. */
    public ControllerMemory memory() {
        return memory;
    }

    /** Acknowledges an alarm; simulation thread only (see {@link Simulation#execute}). */
    public AlarmEvent acknowledge(String tag, String user) {
        AlarmEvent event = alarms.acknowledge(tag, user, view.plantTimeSeconds());
        if (event != null) {
            alarmListeners.forEach(l -> l.accept(event));
        }
        return event;
    }

    /** Shelves the alarm on a tag until a plant time (ISA-18.2); simulation thread only. */
    public AlarmEvent shelveAlarm(String tag, String user, String reason, double untilSeconds) {
        AlarmEvent event = alarms.shelve(tag, user, reason, view.plantTimeSeconds(), untilSeconds);
        if (event != null) {
            alarmListeners.forEach(l -> l.accept(event));
        }
        return event;
    }

    /**
     * Writes the engineered parameters and the set points back to their start-up values, as restoring
     * a PLC's parameter set from the golden copy does (undoing T0836 Modify Parameter); simulation
     * thread only.
     */
    public void restoreGoldenParameters() {
        for (int i = 0; i < catalog.size(); i++) {
            TagDef def = catalog.get(i);
            if (!def.field() && (def.kind() == TagKind.PARAMETER || def.kind() == TagKind.SETPOINT)) {
                memory.set(i, goldenMemory[i]);
            }
        }
    }

    /** Latches the safety system's trip now (the emergency shutdown push-button); simulation thread only. */
    public void emergencyShutdown() {
        model.emergencyShutdown(memory);
    }

    void tick(long tick, double plantTimeSeconds, double dtSeconds, double nextPlantTimeSeconds) {
        applyWrites(tick, plantTimeSeconds);
        program.scan(memory, dtSeconds);
        safety.scan(memory, dtSeconds);
        process.advance(dtSeconds, actuators);
        sampleInstruments(nextPlantTimeSeconds);
        publish(tick + 1, nextPlantTimeSeconds);
    }

    private void applyWrites(long tick, double plantTimeSeconds) {
        TagWrite write;
        while ((write = writes.poll()) != null) {
            pendingWrites.decrementAndGet();
            memory.set(write.tagIndex(), write.value());
            if (!writeListeners.isEmpty()) {
                AppliedWrite applied = new AppliedWrite(model.id(), tick, plantTimeSeconds, write);
                writeListeners.forEach(l -> l.accept(applied));
            }
        }
    }

    private void sampleInstruments(double plantTimeSeconds) {
        for (int i = 0; i < catalog.size(); i++) {
            TagKey key = catalog.key(i);
            if (key.def().field()) {
                memory.set(i, instruments.sample(i, process.trueValue(key), plantTimeSeconds, random));
            }
        }
    }

    private void publish(long tick, double plantTimeSeconds) {
        double[] plc = memory.copy();
        double[] published = viewLayer.isEmpty() ? plc : viewLayer.apply(plc, plantTimeSeconds);
        List<AlarmEvent> events = alarms.evaluate(published, plantTimeSeconds);
        for (AlarmEvent event : events) {
            alarmListeners.forEach(l -> l.accept(event));
        }
        // published is a fresh array: the PLC memory's copy, or the view layer's
        view = PlantView.ofOwnArray(model.id(), tick, plantTimeSeconds, published, status(), alarms.snapshot());
    }

    private PlantStatus status() {
        if (process.damage().isPresent()) {
            return PlantStatus.DAMAGED;
        }
        return memory.isOn(model.tripState()) ? PlantStatus.TRIPPED : PlantStatus.RUNNING;
    }

    private double readActuator(TagKey key) {
        TagDef def = key.def();
        if (def.field() || (def.kind() != TagKind.OUTPUT && def.kind() != TagKind.STATE)) {
            throw new IllegalStateException("the physics may read only outputs and states, not " + def.name());
        }
        return actuatorLayer.apply(key.ordinal(), memory.get(key));
    }
}
