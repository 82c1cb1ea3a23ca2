package org.icsdrill.evidence.stix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsdrill.evidence.record.RecordReader;

/**
 * {@code icsdrill export RUN --format stix}: the incident of an exercise record as one STIX 2.1 bundle, in the
 * trainees' view (what they would share, once approved) or the truth view (the answer key). The same record
 * and options give the same bundle, byte for byte: ids are UUIDv5 of the run and each object's natural key,
 * times the plant calendar's. docs/sharing.md says what each view holds.
 */
public final class StixExport {

    /** The plants' sectors, as STIX's industry-sector vocabulary names them. */
    private static final Map<String, String> SECTORS = Map.of("power", "energy", "gas", "energy",
            "building", "commercial", "chemical", "chemical");

    private StixExport() {
    }

    /** The bundle; throws {@link StixException} for a trainees' view the trainees did not approve (unless a draft). */
    public static ObjectNode bundle(RecordReader record, StixOptions options) {
        IncidentFacts facts = options.view() == StixView.TRUTH ? TruthView.facts(record, options)
                : TraineeView.facts(record, options);
        StixTexts texts = StixTexts.of(facts.lang());
        Set<String> sectors = new LinkedHashSet<>();
        record.plants().forEach(p -> sectors.add(SECTORS.getOrDefault(p, "infrastructure")));
        String name = options.anonymise() ? texts.get("organisation.anonymous", String.join(", ", sectors))
                : options.organisation().isEmpty() ? texts.get("organisation.default") : options.organisation();
        Map<String, String> meta = record.meta();
        StixIds ids = new StixIds(String.join("\n", meta.getOrDefault("scenario_id", ""),
                meta.getOrDefault("start_time", ""), meta.getOrDefault("seed", ""),
                meta.getOrDefault("opened_at", ""), options.view().id()));
        return StixBundle.write(facts, ids, new StixTime(record.startTime()), StixIds.shared("identity", name), name,
                texts.get("organisation.description"), List.copyOf(sectors));
    }

    /** The bundle as indented JSON, ending with a new line. */
    public static String json(RecordReader record, StixOptions options) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(bundle(record, options)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
