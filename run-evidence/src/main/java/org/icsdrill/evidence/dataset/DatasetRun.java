package org.icsdrill.evidence.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One finished run of a dataset, as its manifest lists it: scenario, seed and plant duration, where it is,
 * every file it wrote with size and SHA-256, and its labels counted.
 *
 * @param directory the run's directory within the dataset, {@code runs/<scenario>/seed-<n>}
 */
public record DatasetRun(String scenario, long seed, double durationSeconds, String directory,
                         List<DatasetFile> files, LabelCounts labels) {

    /** The marker a finished run leaves in its directory: the run's entry of the manifest. */
    public static final String ENTRY = "run.json";

    public DatasetRun {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(directory, "directory");
        files = List.copyOf(files);
        Objects.requireNonNull(labels, "labels");
    }

    /** Where a run of {@code scenario} with {@code seed} goes within a dataset. */
    public static String directoryOf(String scenario, long seed) {
        return "runs/" + scenario + "/seed-" + seed;
    }

    /** Measures a finished run's directory: every file it holds but its entry, in name order. */
    public static DatasetRun describe(Path dataset, String scenario, long seed, double durationSeconds)
            throws IOException {
        String directory = directoryOf(scenario, seed);
        Path run = dataset.resolve(directory);
        List<DatasetFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(run)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (!file.getFileName().toString().equals(ENTRY)) {
                    files.add(DatasetFile.of(run, file));
                }
            }
        }
        return new DatasetRun(scenario, seed, durationSeconds, directory, files, LabelCounts.of(run));
    }

    /** Whether the dataset still holds every file of this run, byte for byte. */
    public boolean intact(Path dataset) throws IOException {
        Path run = dataset.resolve(directory);
        for (DatasetFile file : files) {
            if (!file.matches(run)) {
                return false;
            }
        }
        return true;
    }

    /** The bytes on disk of this run's files. */
    public long bytes() {
        return files.stream().mapToLong(DatasetFile::size).sum();
    }
}
