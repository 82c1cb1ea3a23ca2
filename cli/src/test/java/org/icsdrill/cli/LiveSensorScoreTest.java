package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.output.Compression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live sensor's alerts score: real accelerated runs ({@code --speed 20} of a short scenario with three
 * network attacks, and the shared {@code --speed max} Oldsmar run), an EVE file made as a sensor on
 * {@code lo} would write it, one alert per packet of the attacker's requests stamped with the wall
 * clock the journal recorded (to the microsecond, as Suricata does), then {@code icsdrill score}.
 */
class LiveSensorScoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SURICATA =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxx").withZone(ZoneOffset.UTC);

    private static final String SCENARIO = """
            id: sensor-check
            title: Three network attacks in 40 seconds
            plants: [chemical]
            seed: 5
            duration: 40s
            start_time: 2026-03-01T08:00:00Z
            timeline:
              - at: 5s
                attack: {id: ident, kind: device_identification, plant: chemical, duration: 5s}
              - at: 15s
                attack: {id: write, kind: unauthorized_command, target: chemical.R1.FIC101.SP, value: 150, duration: 5s}
              - at: 25s
                attack: {id: storm, kind: denial_of_service, plant: chemical, mode: request_storm, rate: 20,
                         duration: 5s}
            """;

    @TempDir
    Path dir;

    /** What a run's journal says the attacker did: wall time, plant time and client of each request. */
    private record Request(Instant wall, double plant, String ip, int port) {
    }

    private static List<Request> attackerRequests(Path run) throws IOException {
        List<Request> requests = new ArrayList<>();
        for (String line : Files.readAllLines(run.resolve("transactions.jsonl"))) {
            JsonNode t = JSON.readTree(line);
            String source = t.path("source").asText();
            if (source.startsWith("127.0.0.66:")) {
                requests.add(new Request(Instant.parse(t.path("wall_time").asText()), t.path("plant_time").asDouble(),
                        "127.0.0.66", Integer.parseInt(source.substring(source.indexOf(':') + 1))));
            }
        }
        return requests;
    }

    /** One EVE alert per attacker request; {@code plantClock}: stamped start + plant time instead of wall time. */
    private Path eve(String name, List<Request> requests, Instant plantZero, boolean plantClock) throws IOException {
        StringBuilder eve = new StringBuilder();
        eve.append("{\"timestamp\":\"").append(SURICATA.format(requests.get(0).wall()))
                .append("\",\"event_type\":\"flow\"}\n");
        for (Request r : requests) {
            Instant stamp = plantClock ? plantZero.plusNanos(Math.round(r.plant() * 1e9)) : r.wall();
            eve.append("{\"timestamp\":\"").append(SURICATA.format(stamp)).append("\",\"event_type\":\"alert\",")
                    .append("\"src_ip\":\"").append(r.ip()).append("\",\"src_port\":").append(r.port())
                    .append(",\"dest_ip\":\"127.0.0.1\",\"dest_port\":502,\"proto\":\"TCP\",")
                    .append("\"alert\":{\"signature\":\"ICS attacker\",\"signature_id\":9000066}}\n");
        }
        return Files.writeString(dir.resolve(name), eve);
    }

    private static JsonNode score(Path run, Path alerts, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("score", run.toString(), "--alerts", alerts.toString(),
                "--format", "json"));
        args.addAll(List.of(more));
        CliTest.Outcome o = CliTest.icsdrill(args.toArray(String[]::new));
        assertThat(o.code()).as(o.err()).isZero();
        return JSON.readTree(o.out());
    }

    /** Each attack of the run that the attacker's requests fall in is detected at its first request. */
    private static void assertDetectedAtTheirFirstRequest(JsonNode score, List<Request> requests, Instant plantZero,
                                                          int networkAttacks) {
        int detected = 0;
        for (JsonNode attack : score.path("attacks")) {
            double start = seconds(plantZero, attack.path("start").asText());
            double end = seconds(plantZero, attack.path("end").asText());
            double first = requests.stream().mapToDouble(Request::plant).filter(p -> p >= start && p <= end)
                    .min().orElse(Double.NaN);
            if (Double.isNaN(first)) {
                assertThat(attack.path("detected").asBoolean()).as(attack.path("id").asText()).isFalse();
                continue;
            }
            detected++;
            assertThat(attack.path("detected").asBoolean()).as(attack.path("id").asText()).isTrue();
            assertThat(attack.path("time_to_detect_seconds").asDouble()).as(attack.path("id").asText())
                    .isCloseTo(first - start, within(1e-6));
        }
        assertThat(detected).isEqualTo(networkAttacks);
    }

    private static double seconds(Instant zero, String instant) {
        return java.time.Duration.between(zero, Instant.parse(instant)).toNanos() / 1e9;
    }

    private Path runAt(String speed) throws IOException {
        Path scenario = Files.writeString(dir.resolve("sensor-check.yaml"), SCENARIO);
        Path out = dir.resolve("run-" + speed);
        CliTest.Outcome o = CliTest.icsdrill("run", "--headless", "--scenario", scenario.toString(), "--speed", speed,
                "--out", out.toString(), "--modbus-port", "0", "--opcua-port", "0", "--data-dir",
                dir.resolve("data").toString());
        assertThat(o.code()).as(o.err()).isZero();
        return out;
    }

    @Test
    void wallClockAlertsOfASpeed20RunDetectEveryNetworkAttackWithItsTimeToDetect() throws IOException {
        Path run = runAt("20");
        Instant zero = Instant.parse("2026-03-01T08:00:00Z");
        List<Request> requests = attackerRequests(run);
        assertThat(requests).isNotEmpty();

        JsonNode wall = score(run, eve("wall.json", requests, zero, false));
        assertThat(wall.path("alerts").path("clock").path("clock").asText()).isEqualTo("wall");
        assertThat(wall.path("alerts").path("clock").path("chosen_by").asText()).isEqualTo("timestamps");
        assertThat(wall.path("alerts").path("clock").path("matched_to_transactions").asInt())
                .isEqualTo(requests.size());
        assertThat(wall.path("alerts").path("outside_run").asInt()).isZero();
        assertDetectedAtTheirFirstRequest(wall, requests, zero, 3);

        // the same alerts stamped in plant time still score, with the same result
        JsonNode plant = score(run, eve("plant.json", requests, zero, true));
        assertThat(plant.path("alerts").path("clock").path("clock").asText()).isEqualTo("plant");
        assertDetectedAtTheirFirstRequest(plant, requests, zero, 3);

        // without flow ports (CSV) the alerts are placed through clock.jsonl alone: at speed 20 a few ticks off at most
        StringBuilder csv = new StringBuilder("timestamp\n");
        requests.forEach(r -> csv.append(r.wall()).append('\n'));
        JsonNode interpolated = score(run, Files.writeString(dir.resolve("wall.csv"), csv));
        assertThat(interpolated.path("alerts").path("clock").path("interpolated").asInt()).isEqualTo(requests.size());
        assertThat(interpolated.path("detection").path("detected").asInt()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(interpolated.path("attacks").get(i).path("time_to_detect_seconds").asDouble())
                    .isCloseTo(wall.path("attacks").get(i).path("time_to_detect_seconds").asDouble(), within(0.5));
        }

        // forcing the wrong clock puts every alert outside the run
        JsonNode forced = score(run, eve("wall.json", requests, zero, false), "--alert-clock", "plant");
        assertThat(forced.path("detection").path("detected").asInt()).isZero();
        assertThat(forced.path("alerts").path("clock").path("chosen_by").asText()).isEqualTo("option");
    }

    @Test
    void wallClockAlertsOfAMaxSpeedRunArePlacedOnTheirTransaction() throws IOException {
        Path run = OldsmarRun.folder();
        Instant zero = Instant.parse("2026-02-05T13:30:00Z");
        List<Request> requests = attackerRequests(run);
        assertThat(requests).isNotEmpty();

        JsonNode wall = score(run, eve("wall.json", requests, zero, false), "--alert-clock", "auto");
        assertThat(wall.path("alerts").path("clock").path("clock").asText()).isEqualTo("wall");
        assertDetectedAtTheirFirstRequest(wall, requests, zero, 1);
        assertThat(wall.path("attacks").get(0).path("first_alert").path("wall_time").asText())
                .isEqualTo(requests.get(0).wall().truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString());

        CliTest.Outcome text = CliTest.icsdrill("score", run.toString(), "--alerts",
                dir.resolve("wall.json").toString());
        assertThat(text.out()).contains("Alert clock: wall clock (told from the timestamps), mapped onto plant time"
                + " through clock.jsonl: " + requests.size() + " placed on their transaction in transactions.jsonl");

        // a long run keeps its journal compressed: the alerts find their transactions in it all the same
        Path compressed = dir.resolve("compressed");
        Files.createDirectories(compressed);
        try (var files = Files.list(run)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (file.getFileName().toString().equals("transactions.jsonl")) {
                    try (var out = Compression.create(compressed.resolve("transactions.jsonl.zst"))) {
                        Files.copy(file, out);
                    }
                } else {
                    Files.copy(file, compressed.resolve(file.getFileName()));
                }
            }
        }
        JsonNode fromZst = score(compressed, eve("wall.json", requests, zero, false), "--alert-clock", "auto");
        assertThat(fromZst.path("alerts").path("clock").path("matched_to_transactions").asInt())
                .isEqualTo(requests.size());
        assertDetectedAtTheirFirstRequest(fromZst, requests, zero, 1);
    }

    @Test
    void alertsThatFitNeitherSpanAreAnErrorNamingBoth() throws IOException {
        Path run = OldsmarRun.folder();
        Path alerts = Files.writeString(dir.resolve("elsewhere.csv"), "timestamp\n2031-07-01T00:00:00Z\n");
        CliTest.Outcome o = CliTest.icsdrill("score", run.toString(), "--alerts", alerts.toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.err().lines()).singleElement().asString()
                .startsWith("icsdrill score: " + alerts + ": the alerts (2031-07-01T00:00:00Z to 2031-07-01T00:00:00Z)"
                        + " fit neither the run's plant time, 2026-02-05T13:30:00Z to 2026-02-05T14:00:00Z"
                        + " (labels.csv), nor its wall clock, ")
                .contains("(clock.jsonl)", "--alert-clock");
        assertThat(o.out()).isEmpty();
    }
}
