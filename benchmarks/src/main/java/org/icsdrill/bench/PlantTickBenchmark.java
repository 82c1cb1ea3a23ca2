package org.icsdrill.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.plants.Plants;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ticks per second of the kernel stepping plants back to back, as {@code --speed max} does
 * without network load. One tick is 100 ms of plant time, so plant-seconds per wall-second is
 * the score divided by 10.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlantTickBenchmark {

    @Param({"chemical", "power", "gas", "building", "power+gas+building+chemical"})
    public String plants;

    private Simulation simulation;

    @Setup
    public void setUp() {
        List<String> ids = List.of(plants.split("\\+"));
        simulation = new Simulation(SimulationConfig.defaults(1), ids.stream().map(Plants::create).toList());
    }

    @Benchmark
    public long tick() {
        simulation.step();
        return simulation.tick();
    }
}
