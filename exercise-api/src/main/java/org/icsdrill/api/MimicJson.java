package org.icsdrill.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.icsdrill.core.mimic.MimicLayout;

/**
 * A plant's mimic as JSON, the value of its {@code Mimic} variable ({@link PlantAddress#mimic}):
 * written by the server from the plant's declaration and read by the console with the same records,
 * so both sides agree on one format. The fields are the records' components; an absent one is
 * null (an absent list, empty), and unknown ones are ignored, so an older console can draw what a
 * newer server sends.
 */
public final class MimicJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .withConfigOverride(List.class, list -> list.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private MimicJson() {
    }

    public static String write(MimicLayout layout) {
        try {
            return MAPPER.writeValueAsString(layout);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the mimic of " + layout.plantId() + ": " + e.getMessage(), e);
        }
    }

    /** The layout in {@code json}; IllegalArgumentException when it is not a mimic this console can draw. */
    public static MimicLayout read(String json) {
        try {
            return MAPPER.readValue(json, MimicLayout.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not the JSON of a mimic: " + e.getOriginalMessage(), e);
        }
    }
}
