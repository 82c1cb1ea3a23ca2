package org.icsdrill.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.icsdrill.core.coupling.Coupling;

/**
 * The couplings into a plant as JSON (docs/coupling.md), the value of its {@code Couplings} variable
 * ({@link PlantAddress#couplings}): what the console needs to draw the flows between the plants and light the
 * one that fails, from what the operators see of the upstream tag. Unknown fields are ignored.
 */
public final class CouplingJson {

    /**
     * One coupling as a client sees it: what flows from which plant's tag to which plant, and the band of that
     * tag's value in normal operation.
     *
     * @param id        {@code gas-power-fuel}
     * @param medium    {@code fuel_gas} or {@code electricity}
     * @param from      the plant upstream
     * @param sourceTag the upstream tag carried, within its plant: {@code PRS1.PT301}
     * @param to        the plant downstream
     * @param input     the downstream plant's input it sets: {@code fuel_gas_pressure}
     * @param low       normal band, low end, in the tag's unit ({@code -Infinity} written as null)
     * @param high      normal band, high end
     */
    public record Link(String id, String medium, String from, String sourceTag, String to, String input, Double low,
                       Double high) {

        /** Whether a value of the source tag is outside the normal band: the flow has failed. */
        public boolean deviates(double value) {
            return (low != null && value < low) || (high != null && value > high);
        }

        /** The source tag's id as the console knows tags: {@code gas.PRS1.PT301}. */
        public String sourceTagId() {
            return from + "." + sourceTag;
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private CouplingJson() {
    }

    public static String write(List<Coupling> couplings) {
        List<Link> links = couplings.stream().map(c -> new Link(c.id(), c.medium().jsonName(), c.sourcePlant(),
                c.sourceTag(), c.targetPlant(), c.targetInput(), finite(c.normalLow()), finite(c.normalHigh())))
                .toList();
        try {
            return MAPPER.writeValueAsString(links);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write couplings: " + e.getMessage(), e);
        }
    }

    /** The links in {@code json}; IllegalArgumentException when it is not a list of couplings. */
    public static List<Link> read(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<Link>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not the JSON of couplings: " + e.getOriginalMessage(), e);
        }
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
