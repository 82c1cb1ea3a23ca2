package org.icsdrill.core.control;

import java.util.Objects;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.tag.TagKey;

/**
 * A {@link Pid} wired to its tags in controller memory, as a PLC's PID block instance is: measurement,
 * set point, output and auto/manual mode. In manual the output tag is the operator's to write and
 * the controller tracks it; in auto the controller writes it.
 */
public final class PidLoop {

    private final Pid pid;
    private final TagKey measurement;
    private final TagKey setpoint;
    private final TagKey output;
    private final TagKey auto;

    public PidLoop(Pid pid, TagKey measurement, TagKey setpoint, TagKey output, TagKey auto) {
        this.pid = Objects.requireNonNull(pid, "pid");
        this.measurement = Objects.requireNonNull(measurement, "measurement");
        this.setpoint = Objects.requireNonNull(setpoint, "setpoint");
        this.output = Objects.requireNonNull(output, "output");
        this.auto = Objects.requireNonNull(auto, "auto");
    }

    public Pid pid() {
        return pid;
    }

    /** Starts from the output already in memory, so that the first scan does not bump the actuator. */
    public void start(ControllerMemory memory) {
        pid.initialize(memory.get(setpoint), memory.get(measurement), memory.get(output));
    }

    public void scan(ControllerMemory memory, double dtSeconds) {
        double sp = memory.get(setpoint);
        double pv = memory.get(measurement);
        double out = memory.isOn(auto)
                ? pid.update(sp, pv, dtSeconds)
                : pid.track(sp, pv, memory.get(output), dtSeconds);
        memory.set(output, out);
    }

    /** An interlock holds the output at {@code value}; the controller tracks it for a bumpless release. */
    public void force(ControllerMemory memory, double value, double dtSeconds) {
        memory.set(output, pid.track(memory.get(setpoint), memory.get(measurement), value, dtSeconds));
    }
}
