package org.icsdrill.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.icsdrill.core.alarm.Alarm;

/**
 * The JSON of the exercise variables on the OPC UA server ({@code Exercise/State}, {@code Alarms},
 * {@code Traffic}, {@code Hosts}, {@code Injects}, {@code Timeline}, {@code Desk}, and the pages of
 * {@code QueryTraffic}), written by the server and read by the console
 * with the same records, so both sides agree on one format. Unknown fields are ignored on reading,
 * so an older console can follow a newer server.
 */
public final class ExerciseJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ExerciseJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write exercise JSON: " + e.getMessage(), e);
        }
    }

    public static ExerciseState state(String json) {
        return read(json, ExerciseState.class);
    }

    public static DeskState desk(String json) {
        return read(json, DeskState.class);
    }

    public static List<Alarm> alarms(String json) {
        return List.of(read(json, Alarm[].class));
    }

    public static List<TrafficItem> traffic(String json) {
        return List.of(read(json, TrafficItem[].class));
    }

    public static NetworkSummary network(String json) {
        return read(json, NetworkSummary.class);
    }

    public static TrafficPage trafficPage(String json) {
        return read(json, TrafficPage.class);
    }

    public static List<InjectCard> cards(String json) {
        return List.of(read(json, InjectCard[].class));
    }

    public static SiteView site(String json) {
        return read(json, SiteView.class);
    }

    public static List<HostEvent> hostEvents(String json) {
        return List.of(read(json, HostEvent[].class));
    }

    public static List<TimelineEntry> timeline(String json) {
        return List.of(read(json, TimelineEntry[].class));
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not the exercise JSON of a " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
