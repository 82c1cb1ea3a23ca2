package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.icsdrill.evidence.dataset.DatasetFile;
import org.icsdrill.evidence.dataset.DatasetManifest;
import org.icsdrill.evidence.dataset.DatasetRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code icsdrill dataset} as a vendor uses it: two scenarios times four seeds of an hour, two worker processes
 * at a time; the manifest lists the eight runs with checksums that verify and the labels counted; a rerun
 * makes nothing; a broken run is made again, byte for byte as before where the run is deterministic.
 */
class DatasetCommandTest {

    @TempDir
    Path dir;

    @Test
    void eightRunsTheirManifestARerunThatDoesNothingAndABrokenRunMadeAgain() throws Exception {
        Path dataset = dir.resolve("dataset");
        String[] args = {"dataset", "--scenarios", "chemical-oldsmar,gas-stuxnet", "--seeds", "1-4", "--duration", "1h",
                "--jobs", "2", "--out", dataset.toString()};
        CliTest.Outcome first = CliTest.icsdrill(args);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("runs 8/8 done", "8 of 8 runs (8 made, 0 already there)");

        List<DatasetRun> runs = DatasetManifest.read(dataset.resolve(DatasetManifest.FILE));
        assertThat(runs).extracting(r -> r.scenario() + "/" + r.seed()).containsExactly("chemical-oldsmar/1",
                "chemical-oldsmar/2", "chemical-oldsmar/3", "chemical-oldsmar/4", "gas-stuxnet/1", "gas-stuxnet/2",
                "gas-stuxnet/3", "gas-stuxnet/4");
        for (DatasetRun run : runs) {
            assertThat(run.durationSeconds()).isEqualTo(3600);
            assertThat(run.labels().rows()).as("a labels row per plant second").isEqualTo(3600);
            assertThat(run.files()).extracting(DatasetFile::name).contains("historian.csv", "labels.csv",
                    "attacks.jsonl", "transactions.jsonl", "capture.pcap", "record.sqlite");
            for (DatasetFile file : run.files()) {
                assertThat(file.matches(dataset.resolve(run.directory()))).as(run.directory() + "/" + file.name())
                        .isTrue();
            }
        }
        // gas-stuxnet's replay and overspeed start within the hour: labelled, and counted per attack
        DatasetRun gas = runs.get(4);
        assertThat(gas.labels().attacked()).isPositive();
        assertThat(gas.labels().attackSeconds()).containsKey("replay");
        assertThat(Files.readString(dataset.resolve(DatasetManifest.CHECKSUMS)).lines()).hasSize(
                runs.stream().mapToInt(r -> r.files().size()).sum());
        assertThat(Files.readString(dataset.resolve("README.md"))).contains("8 runs", "`gas-stuxnet`", "| 1-4 |",
                "## Labels", "## HAI and SWaT conventions");

        byte[] manifest = Files.readAllBytes(dataset.resolve(DatasetManifest.FILE));
        Path entry = dataset.resolve(runs.get(0).directory()).resolve(DatasetRun.ENTRY);
        FileTime entryTime = Files.getLastModifiedTime(entry);
        CliTest.Outcome again = CliTest.icsdrill(args);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("8 of 8 runs (0 made, 8 already there)").doesNotContain("runs 8/8 done");
        assertThat(Files.readAllBytes(dataset.resolve(DatasetManifest.FILE))).isEqualTo(manifest);
        assertThat(Files.getLastModifiedTime(entry)).as("not made again").isEqualTo(entryTime);

        // a run whose labels were damaged is made again, and only it, with the same labels and values as before
        DatasetRun broken = runs.get(5);
        Files.writeString(dataset.resolve(broken.directory()).resolve("labels.csv"), "damaged\n");
        CliTest.Outcome repaired = CliTest.icsdrill(args);
        assertThat(repaired.code()).as(repaired.err()).isZero();
        assertThat(repaired.out()).contains("8 of 8 runs (1 made, 7 already there)");
        DatasetRun remade = DatasetManifest.read(dataset.resolve(DatasetManifest.FILE)).get(5);
        // the capture too: it writes the site's ports, not the free ones each worker took
        assertThat(checksums(remade)).as("same seed, same bytes").containsAllEntriesOf(
                Map.of("labels.csv", checksums(broken).get("labels.csv"),
                        "historian.csv", checksums(broken).get("historian.csv"),
                        "attacks.jsonl", checksums(broken).get("attacks.jsonl"),
                        "events.jsonl", checksums(broken).get("events.jsonl"),
                        "capture.pcap", checksums(broken).get("capture.pcap")));
    }

    /** What one pod of the Indexed Job does (deploy/dataset-job.yaml): run number --index, no manifest. */
    @Test
    void anIndexMakesThatOneRunAndNoManifestThenFindsItThere() {
        Path dataset = dir.resolve("indexed");
        String[] args = {"dataset", "--scenarios", "chemical-oldsmar,gas-stuxnet", "--seeds", "1-2", "--duration", "2m",
                "--jobs", "1", "--index", "3", "--out", dataset.toString()};
        CliTest.Outcome first = CliTest.icsdrill(args);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Run 3 of 4", "made");
        assertThat(dataset.resolve("runs/gas-stuxnet/seed-2").resolve(DatasetRun.ENTRY)).isRegularFile();
        assertThat(dataset.resolve("runs/chemical-oldsmar")).doesNotExist();
        assertThat(dataset.resolve(DatasetManifest.FILE)).as("the manifest is the whole dataset's job").doesNotExist();

        CliTest.Outcome again = CliTest.icsdrill(args);
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("Run 3 of 4", "already there");
    }

    @Test
    void badArgumentsGetUsage() {
        for (String[] args : new String[][] {
                {"dataset", "--scenarios", "gas-stuxnet", "--seeds", "5-1", "--out", dir.toString()},
                {"dataset", "--scenarios", "gas-stuxnet", "--seeds", "one", "--out", dir.toString()},
                {"dataset", "--scenarios", "no-such-scenario", "--seeds", "1", "--out", dir.toString()},
                {"dataset", "--scenarios", "gas-stuxnet", "--seeds", "1", "--jobs", "0", "--out", dir.toString()},
                {"dataset", "--scenarios", "gas-stuxnet,gas-stuxnet", "--seeds", "1", "--out", dir.toString()},
                {"dataset", "--scenarios", "gas-stuxnet", "--seeds", "1", "--duration", "0s", "--out", dir.toString()},
                {"dataset", "--seeds", "1", "--out", dir.toString()}}) {
            CliTest.Outcome o = CliTest.icsdrill(args);
            assertThat(o.code()).as(String.join(" ", args) + "\n" + o.err()).isEqualTo(2);
            assertThat(o.err()).contains("Usage: icsdrill dataset").doesNotContain("Exception");
        }
    }

    private static Map<String, String> checksums(DatasetRun run) {
        return run.files().stream().collect(Collectors.toMap(DatasetFile::name, DatasetFile::sha256));
    }
}
