package org.icsdrill.evidence.stix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsdrill.evidence.record.ExerciseRecord;
import org.icsdrill.evidence.record.RecordReader;

/**
 * For the tests that play the bundled scenarios (run-evidence's BundledScenariosRunTest, cli's
 * KillChainRunTest): the truth bundle of a finished run is valid STIX 2.1 and has MITRE's attack-pattern for
 * each technique of its {@code attacks.jsonl}.
 */
public final class TruthBundleCheck {

    private TruthBundleCheck() {
    }

    /** @param run the run's output folder (record.sqlite, attacks.jsonl) */
    public static void assertValid(Path run) throws IOException {
        JsonNode bundle;
        try (RecordReader record = RecordReader.open(run.resolve(ExerciseRecord.FILE))) {
            bundle = new ObjectMapper().readTree(StixExport.json(record, StixOptions.of(StixView.TRUTH)));
        }
        assertThat(StixRules.problems(bundle)).as(run + ": the truth bundle breaks STIX 2.1").isEmpty();
        List<String> patterns = StixReadBack.read(bundle).techniques().stream().map(SharedIncident.TechniqueTime::id)
                .toList();
        for (String line : Files.readAllLines(run.resolve("attacks.jsonl"))) {
            String technique = new ObjectMapper().readTree(line).path("technique").asText();
            assertThat(patterns).as(run + ": an attack-pattern for " + technique).contains(technique);
        }
    }
}
