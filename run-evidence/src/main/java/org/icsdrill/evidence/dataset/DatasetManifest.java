package org.icsdrill.evidence.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A dataset's manifest ({@code manifest.json}): every finished run with its files, sizes, SHA-256 and label
 * counts; also each run's own entry ({@code run.json}, its finished marker) and {@code SHA256SUMS}, which
 * {@code sha256sum -c} checks. Written whole to a temporary file and moved into place, so a dataset never
 * holds half a manifest.
 */
public final class DatasetManifest {

    public static final String FILE = "manifest.json";
    public static final String CHECKSUMS = "SHA256SUMS";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private DatasetManifest() {
    }

    /** Writes a finished run's entry into its directory: from then on a rerun of the dataset skips it. */
    public static void writeEntry(Path dataset, DatasetRun run) throws IOException {
        writeAtomically(dataset.resolve(run.directory()).resolve(DatasetRun.ENTRY), JSON.writeValueAsString(entry(run)));
    }

    /** A run's entry, if it finished; empty for a run never made, broken or cut short. */
    public static Optional<DatasetRun> readEntry(Path dataset, String scenario, long seed) {
        Path file = dataset.resolve(DatasetRun.directoryOf(scenario, seed)).resolve(DatasetRun.ENTRY);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(run(JSON.readTree(file.toFile())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable entry is a broken run: made again
        }
    }

    /** Writes {@code manifest.json} and {@code SHA256SUMS} for these runs, in scenario and seed order. */
    public static void write(Path dataset, List<DatasetRun> runs) throws IOException {
        List<DatasetRun> sorted = runs.stream().sorted(Comparator.comparing(DatasetRun::scenario)
                .thenComparingLong(DatasetRun::seed)).toList();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "icsdrill-dataset/1");
        root.put("runs_count", sorted.size());
        root.put("bytes", sorted.stream().mapToLong(DatasetRun::bytes).sum());
        ArrayNode array = root.putArray("runs");
        sorted.forEach(r -> array.add(entry(r)));
        writeAtomically(dataset.resolve(FILE), JSON.writeValueAsString(root) + "\n");
        StringBuilder sums = new StringBuilder();
        for (DatasetRun run : sorted) {
            for (DatasetFile file : run.files()) {
                sums.append(file.sha256()).append("  ").append(run.directory()).append('/').append(file.name())
                        .append('\n');
            }
        }
        writeAtomically(dataset.resolve(CHECKSUMS), sums.toString());
    }

    /** The runs of a manifest file. */
    public static List<DatasetRun> read(Path manifest) throws IOException {
        List<DatasetRun> runs = new ArrayList<>();
        for (JsonNode node : JSON.readTree(manifest.toFile()).path("runs")) {
            runs.add(run(node));
        }
        return runs;
    }

    private static ObjectNode entry(DatasetRun run) {
        ObjectNode node = JSON.createObjectNode();
        node.put("scenario", run.scenario());
        node.put("seed", run.seed());
        node.put("duration_seconds", run.durationSeconds());
        node.put("directory", run.directory());
        ArrayNode files = node.putArray("files");
        for (DatasetFile file : run.files()) {
            files.addObject().put("name", file.name()).put("size", file.size()).put("sha256", file.sha256());
        }
        ObjectNode labels = node.putObject("labels");
        labels.put("rows", run.labels().rows());
        labels.put("attacked_seconds", run.labels().attacked());
        labels.set("attack_seconds", JSON.valueToTree(new TreeMap<>(run.labels().attackSeconds())));
        labels.set("stages_reached", JSON.valueToTree(new TreeMap<>(run.labels().stages())));
        return node;
    }

    private static DatasetRun run(JsonNode node) {
        List<DatasetFile> files = new ArrayList<>();
        node.path("files").forEach(f -> files.add(new DatasetFile(f.path("name").asText(), f.path("size").asLong(),
                f.path("sha256").asText())));
        JsonNode labels = node.path("labels");
        return new DatasetRun(node.path("scenario").asText(), node.path("seed").asLong(),
                node.path("duration_seconds").asDouble(), node.path("directory").asText(), files,
                new LabelCounts(labels.path("rows").asLong(), labels.path("attacked_seconds").asLong(),
                        counts(labels.path("attack_seconds")), counts(labels.path("stages_reached"))));
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new TreeMap<>();
        node.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    static void writeAtomically(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
