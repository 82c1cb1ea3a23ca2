package org.icsdrill.evidence.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.icsdrill.api.DurationText;

/**
 * The dataset's card, {@code README.md} at its top: what it holds (scenarios, seeds, plant time, size), the
 * layout, what each file is and what the labels mean, and how they map to the HAI and SWaT conventions that
 * detection research already reads. Written from the manifest, so it always says what the dataset holds.
 */
public final class DatasetCard {

    public static final String FILE = "README.md";

    private DatasetCard() {
    }

    /** @param titles each scenario's title, by id */
    public static void write(Path dataset, List<DatasetRun> runs, Map<String, String> titles) throws IOException {
        DatasetManifest.writeAtomically(dataset.resolve(FILE), text(runs, titles));
    }

    static String text(List<DatasetRun> runs, Map<String, String> titles) {
        Map<String, List<DatasetRun>> byScenario = new TreeMap<>();
        runs.forEach(r -> byScenario.computeIfAbsent(r.scenario(), s -> new java.util.ArrayList<>()).add(r));
        double hours = runs.stream().mapToDouble(DatasetRun::durationSeconds).sum() / 3600;
        long bytes = runs.stream().mapToLong(DatasetRun::bytes).sum();
        StringBuilder t = new StringBuilder();
        t.append("# ICS Drill dataset\n\n");
        t.append(String.format(Locale.ROOT, "%d runs, %.1f hours of plant time, %.1f MB, made by `icsdrill dataset`"
                + " (ICS Drill, an ICS/SCADA exercise simulator). Every run is seeded: the same scenario and seed"
                + " make the same plant values, labels and traffic again.%n%n", runs.size(), hours, bytes / 1e6));
        t.append("| scenario | title | seeds | plant time per run | attacked seconds (all runs) |\n|---|---|---|---|---|\n");
        byScenario.forEach((scenario, list) -> t.append(String.format(Locale.ROOT, "| `%s` | %s | %s | %s | %d |%n",
                scenario, titles.getOrDefault(scenario, ""), seeds(list),
                DurationText.hours(list.get(0).durationSeconds()), list.stream().mapToLong(r -> r.labels().attacked()).sum())));
        t.append("""

                ## Layout

                - `manifest.json`: every run with its scenario, seed, plant duration, files (size, SHA-256) and its
                  labels counted (seconds per attack, stages reached). `SHA256SUMS`: the same checksums,
                  `sha256sum -c SHA256SUMS` checks the whole dataset.
                - `runs/<scenario>/seed-<n>/`: one run, as `icsdrill run --scenario <scenario> --seed <n> --speed max
                  --out` writes it; `run.json` is its entry of the manifest (a run without it is unfinished).
                  Runs longer than an hour write the historian, the journal, the capture, the labels and the host and
                  firewall logs compressed (`labels.csv.zst`; the other files below stay plain): a file ending in `.zst`
                  is zstd (`zstdcat`, pandas `read_csv` with `zstandard`, tshark read it as it is), `.gz` gzip (`zcat`,
                  pandas, tshark); such a run's `record.sqlite` reads the historian and the journal from its directory.

                ## Files of a run

                | file | what it holds |
                |---|---|
                | `historian.csv` | one row per plant second, `timestamp` then every tag of every plant, as the network sees it |
                | `labels.csv` | one row per plant second, the same timestamps: the ground truth (below) |
                | `attacks.jsonl` | each attack with start, end, ATT&CK technique, layer, source host, targets and plants; each kill chain stage reached with its host and zone |
                | `events.jsonl` | every scenario event (injects, attacks and faults starting and stopping, stages) |
                | `transactions.jsonl` | every Modbus/TCP and OPC UA request the plants served, with source, function, address and outcome |
                | `capture.pcap` | the traffic itself (libpcap, Ethernet, plant-time stamps): Modbus/TCP, OPC UA and the site's flows |
                | `hosts.jsonl`, `firewall.jsonl` | the site's host event logs and firewall decisions, Elastic Common Schema |
                | `clock.jsonl` | plant time against wall time, for placing a live sensor's alerts |
                | `record.sqlite` | the exercise record (docs/record.md of ICS Drill): the same truth in SQL, with the tags' units and alarm limits |

                ## Labels

                `labels.csv` columns: `timestamp`; `attack` 1 while any attack runs, else 0; `<plant>_attack` 1 while an
                attack acts on that plant; `<plant>_impact` (runs of coupled plants) 1 while the plant deviates because of
                another plant's attack or fault, not attacked itself; `technique` and `step` the running attacks' ATT&CK
                ids and scenario ids (`;`-separated); `stage` the kill chain stages reached in that second. A fault
                (a stuck sensor, a failed pump) is not an attack: its seconds are 0 unless an attack also runs.
                A row's second is labelled by what ran during it, `[start, end)`.

                ## HAI and SWaT conventions

                As in HAI (`timestamp`, process columns, `attack` and `attack_P1`..`attack_P4`) the timestamp comes first
                and there is one row per second, an `attack` column and one attack column per process, here per plant
                (`gas_attack`, `power_attack`, ...). As in SWaT the historian and the labels are separate sets of the same
                seconds (SWaT's `Normal/Attack` is `attack` 0/1 here). Unlike both, each attack is named (`step`) and has
                its ATT&CK for ICS technique, so a detector can be scored per attack and per technique
                (`icsdrill score RUN --alerts FILE`).
                """);
        return t.toString();
    }

    /** {@code 1-4} for consecutive seeds, else a comma list. */
    private static String seeds(List<DatasetRun> runs) {
        List<Long> seeds = runs.stream().map(DatasetRun::seed).sorted().toList();
        boolean consecutive = seeds.get(seeds.size() - 1) - seeds.get(0) == seeds.size() - 1;
        return consecutive && seeds.size() > 2 ? seeds.get(0) + "-" + seeds.get(seeds.size() - 1)
                : String.join(", ", seeds.stream().map(String::valueOf).toList());
    }
}
