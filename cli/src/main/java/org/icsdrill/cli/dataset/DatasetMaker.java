package org.icsdrill.cli.dataset;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.icsdrill.evidence.dataset.DatasetCard;
import org.icsdrill.evidence.dataset.DatasetManifest;
import org.icsdrill.evidence.dataset.DatasetRun;

/**
 * Makes a dataset: each planned run not already finished and intact is made in a worker process, at most
 * {@code jobs} at a time; a finished run leaves its entry ({@code run.json}), so a rerun skips it and makes
 * again only what is missing or broken (its directory is cleared first). Then the manifest, the checksums and
 * the card are written for every finished run.
 */
public final class DatasetMaker {

    /** What a make did: the runs the dataset now holds, how many were made and skipped, which failed. */
    public record Outcome(List<DatasetRun> runs, int made, int skipped, List<String> failed) {
    }

    private final Path dataset;
    private final int jobs;
    private final Worker worker;
    private final PrintWriter out;
    private final boolean terminal;

    /**
     * @param mainClass      the command line's main class, which the workers run
     * @param extraArguments options of {@code icsdrill run} for every run
     */
    public DatasetMaker(Path dataset, int jobs, String mainClass, List<String> extraArguments, PrintWriter out,
                        boolean terminal) {
        this.dataset = dataset;
        this.jobs = jobs;
        this.worker = new Worker(mainClass, extraArguments);
        this.out = out;
        this.terminal = terminal;
    }

    /** @param titles each scenario's title by id, for the card */
    public Outcome make(List<PlannedRun> planned, Map<String, String> titles) throws IOException, InterruptedException {
        Outcome made = makeMissing(planned);
        List<DatasetRun> finished = new ArrayList<>();
        for (PlannedRun run : planned) {
            DatasetManifest.readEntry(dataset, run.scenarioId(), run.seed()).ifPresent(finished::add);
        }
        finished.sort(Comparator.comparing(DatasetRun::scenario).thenComparingLong(DatasetRun::seed));
        DatasetManifest.write(dataset, finished);
        DatasetCard.write(dataset, finished, titles);
        return new Outcome(finished, made.made(), made.skipped(), made.failed());
    }

    /**
     * Makes one run unless it is there already, and writes no manifest: what one pod of an Indexed Job does,
     * the dataset's manifest being written once, by a run of the whole dataset afterwards.
     */
    public Outcome makeOnly(PlannedRun run) throws IOException, InterruptedException {
        return makeMissing(List.of(run));
    }

    /** The planned runs not finished and intact, made; the outcome lists no runs. */
    private Outcome makeMissing(List<PlannedRun> planned) throws IOException, InterruptedException {
        List<PlannedRun> toMake = new ArrayList<>();
        for (PlannedRun run : planned) {
            Optional<DatasetRun> entry = DatasetManifest.readEntry(dataset, run.scenarioId(), run.seed());
            if (entry.isEmpty() || !entry.get().intact(dataset)) {
                toMake.add(run);
            }
        }
        int skipped = planned.size() - toMake.size();
        Progress progress = new Progress(out, terminal, System::nanoTime, planned.size(), skipped,
                toMake.stream().mapToDouble(PlannedRun::seconds).sum());
        List<String> failed = new ArrayList<>();
        if (!toMake.isEmpty()) {
            failed.addAll(makeAll(toMake, progress));
            progress.print(true);
        }
        return new Outcome(List.of(), toMake.size() - failed.size(), skipped, failed);
    }

    private List<String> makeAll(List<PlannedRun> toMake, Progress progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, toMake.size()));
        List<String> failed = new ArrayList<>();
        try (Processes live = new Processes()) {
            List<Future<Optional<String>>> results = new ArrayList<>();
            for (PlannedRun run : toMake) {
                results.add(pool.submit(() -> makeOne(run, progress, live)));
            }
            pool.shutdown();
            while (!pool.awaitTermination(200, TimeUnit.MILLISECONDS)) {
                progress.tick();
            }
            for (Future<Optional<String>> result : results) {
                try {
                    result.get().ifPresent(failed::add);
                } catch (java.util.concurrent.ExecutionException e) {
                    failed.add(e.getCause().toString());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failed;
    }

    /** Makes one run; empty when it finished, else why it did not. */
    private Optional<String> makeOne(PlannedRun run, Progress progress, Processes live) throws IOException,
            InterruptedException {
        Path out = dataset.resolve(run.directory());
        Path work = dataset.resolve(".work").resolve(run.scenarioId() + "-seed-" + run.seed());
        Path log = dataset.resolve("logs").resolve(run.scenarioId() + "-seed-" + run.seed() + ".log");
        deleteTree(out);
        deleteTree(work);
        Files.createDirectories(out.getParent());
        Files.createDirectories(log.getParent());
        int code = worker.run(run, out, work, log, seconds -> progress.at(run, seconds), live);
        deleteTree(work);
        if (code != 0) {
            progress.finished(run, false);
            return Optional.of(run + ": the worker exited with " + code + "; see " + dataset.relativize(log));
        }
        DatasetManifest.writeEntry(dataset, DatasetRun.describe(dataset, run.scenarioId(), run.seed(), run.seconds()));
        progress.finished(run, true);
        return Optional.empty();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
