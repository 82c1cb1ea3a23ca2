package org.icsdrill.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.icsdrill.cli.dataset.DatasetMaker;
import org.icsdrill.cli.dataset.PlannedRun;
import org.icsdrill.cli.dataset.Seeds;
import org.icsdrill.evidence.dataset.DatasetManifest;
import org.icsdrill.evidence.dataset.DatasetRun;
import org.icsdrill.scenario.model.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code icsdrill dataset}: every scenario over every seed, headless at full speed, in parallel worker
 * processes; resumable; with a manifest, checksums and a dataset card (docs/datasets.md).
 */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = {"Make a labelled dataset: each scenario with each seed, headless at --speed max, in parallel"
                + " worker processes. A rerun skips the runs already finished and intact and makes the rest again."
                + " Writes OUT/runs/<scenario>/seed-<n>/, OUT/manifest.json, OUT/SHA256SUMS and OUT/README.md"
                + " (docs/datasets.md)."})
final class DatasetCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenarios", required = true, split = ",", paramLabel = "NAMES",
            description = "Bundled scenario names or scenario files, comma-separated.")
    private List<String> scenarios;

    @Option(names = "--seeds", required = true, paramLabel = "SEEDS",
            description = "Seeds like 1-100, 1,5,9 or 1-3,10; every scenario runs with each.")
    private String seeds;

    @Option(names = "--duration", paramLabel = "TIME", converter = Converters.PositiveDurationConverter.class,
            description = "Plant time of each run (default: each scenario's own duration).")
    private Duration duration;

    @Option(names = "--jobs", paramLabel = "N", description = "Runs at a time, each in its own process"
            + " (default: the number of processors).")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The dataset's directory.")
    private Path out;

    @Option(names = "--index", paramLabel = "N",
            description = "Make only the N-th run (from 0: each scenario's seeds in order, scenario after scenario),"
                    + " and no manifest: one pod of a Kubernetes Indexed Job; a run without --index afterwards"
                    + " writes the manifest and makes only what is missing (docs/deploy.md).")
    private Integer index;

    @Option(names = "--no-capture", description = "Write no capture.pcap (smaller datasets without traffic).")
    private boolean noCapture;

    @Override
    public Integer call() throws Exception {
        List<Long> seedList;
        try {
            seedList = Seeds.parse(seeds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seeds: " + e.getMessage());
        }
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs: at least 1, got " + jobs);
        }
        Map<String, String> titles = new LinkedHashMap<>();
        List<PlannedRun> planned = new ArrayList<>();
        for (String name : scenarios) {
            Scenario scenario = ScenarioSource.load(spec, name.strip());
            if (titles.put(scenario.id(), scenario.title()) != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--scenarios: '" + scenario.id() + "' is named twice");
            }
            for (long seed : seedList) {
                planned.add(new PlannedRun(name.strip(), scenario.id(), seed,
                        duration != null ? duration : scenario.duration()));
            }
        }
        if (index != null && (index < 0 || index >= planned.size())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--index: from 0 to " + (planned.size() - 1)
                    + " for " + planned.size() + " runs, got " + index);
        }
        Files.createDirectories(out);
        var stdout = spec.commandLine().getOut();
        DatasetMaker maker = new DatasetMaker(out, jobs, IcsDrill.class.getName(),
                noCapture ? List.of("--no-capture") : List.of(), stdout, System.console() != null);
        if (index != null) {
            DatasetMaker.Outcome one = maker.makeOnly(planned.get(index));
            stdout.println("Run " + index + " of " + planned.size() + ", " + planned.get(index) + ": "
                    + (one.failed().isEmpty() ? one.made() == 1 ? "made" : "already there" : "failed"));
            one.failed().forEach(f -> spec.commandLine().getErr().println("icsdrill dataset: " + f));
            return one.failed().isEmpty() ? 0 : 1;
        }
        DatasetMaker.Outcome outcome = maker.make(planned, titles);
        long bytes = outcome.runs().stream().mapToLong(DatasetRun::bytes).sum();
        stdout.println(String.format(Locale.ROOT, "Dataset %s: %d of %d runs (%d made, %d already there), %.1f MB;"
                        + " %s, %s, %s", out, outcome.runs().size(), planned.size(), outcome.made(), outcome.skipped(),
                bytes / 1e6, out.resolve(DatasetManifest.FILE), out.resolve(DatasetManifest.CHECKSUMS),
                out.resolve("README.md")));
        outcome.failed().forEach(f -> spec.commandLine().getErr().println("icsdrill dataset: " + f));
        return outcome.failed().isEmpty() ? 0 : 1;
    }
}
