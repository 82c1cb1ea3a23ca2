package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code icsdrill score}: a 10-second run from 09:00:00Z with one attack "scan" over seconds 3 to 5
 * ({@code [09:00:03, 09:00:06)}), scored against alerts at 01.0 s (false) and 04.5 s (TTD 1.5 s).
 */
class ScoreCommandTest {

    @TempDir
    Path dir;

    private Path run;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int icsdrill(String... args) {
        return IcsDrill.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @BeforeEach
    void writeRun() throws IOException {
        run = Files.createDirectories(dir.resolve("run"));
        StringBuilder labels = new StringBuilder("timestamp,attack,gas_attack,technique,step\n");
        for (int s = 0; s < 10; s++) {
            boolean attack = s >= 3 && s <= 5;
            labels.append(String.format("2026-01-15T09:00:%02dZ,%d,%d,%s,%s%n", s, attack ? 1 : 0, attack ? 1 : 0,
                    attack ? "T0846" : "", attack ? "scan" : ""));
        }
        Files.writeString(run.resolve("labels.csv"), labels);
        Files.writeString(run.resolve("attacks.jsonl"), "{\"id\":\"scan\",\"kind\":\"remote_system_discovery\","
                + "\"technique\":\"T0846\",\"technique_name\":\"Remote System Discovery\",\"layer\":\"network\","
                + "\"start\":\"2026-01-15T09:00:03Z\",\"end\":\"2026-01-15T09:00:06Z\",\"plants\":[\"gas\"]}\n");
    }

    private Path alerts() throws IOException {
        return Files.writeString(dir.resolve("eve.json"), """
                {"timestamp":"2026-01-15T09:00:01.000000+0000","event_type":"alert","src_ip":"127.0.0.20","alert":{"signature":"odd","signature_id":1}}
                {"timestamp":"2026-01-15T09:00:04.500000+0000","event_type":"alert","src_ip":"127.0.0.66","alert":{"signature":"scan","signature_id":2}}
                """);
    }

    @Test
    void printsTheSummary() throws IOException {
        assertThat(icsdrill("score", run.toString(), "--alerts", alerts().toString())).isZero();

        // point-wise: predicted {1, 4}, attack {3, 4, 5}: TP 1, FP 1, FN 2, TN 6 -> P 0.5, R 1/3, F1 0.4
        // false alarms: 1 in 7 normal seconds -> 3600 / 7 = 514.29 per hour
        assertThat(out.toString()).contains("scan    T0846      2026-01-15T09:00:03Z +3s  yes       1.5s",
                "Detected 1 of 1 attack, mean time to detect 1.5s",
                "precision 0.500  recall 0.333  F1 0.400  (TP 1, FP 1, FN 2, TN 6)",
                "eTaPR (theta_p 0.5, theta_r 0.1, delta 0)", "514.29 per hour");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void writesJsonToStdoutOrToAFile() throws IOException {
        Path json = dir.resolve("score.json");
        assertThat(icsdrill("score", run.toString(), "--alerts", alerts().toString(), "--format", "json",
                "--json", json.toString(), "--tolerance", "30s")).isZero();

        JsonNode printed = new ObjectMapper().readTree(out.toString());
        assertThat(printed.path("attacks").get(0).path("time_to_detect_seconds").asDouble()).isEqualTo(1.5);
        assertThat(printed.path("parameters").path("tolerance_seconds").asDouble()).isEqualTo(30.0);
        assertThat(new ObjectMapper().readTree(json.toFile())).isEqualTo(printed);
    }

    @Test
    void badArgumentsAreUsageErrors() throws IOException {
        String alerts = alerts().toString();
        assertThat(icsdrill("score", run.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--alerts=FILE'", "Usage: icsdrill score");

        assertThat(icsdrill("score", run.toString(), "--alerts", alerts, "--tolerance", "soon")).isEqualTo(2);
        assertThat(icsdrill("score", run.toString(), "--alerts", alerts, "--format", "xml")).isEqualTo(2);
        assertThat(icsdrill("score", run.toString(), "--alerts", alerts, "--theta-p", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("theta_p must be between 0 and 1, got 2.0");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMissingFileIsOneLineAndExitOne() {
        Path missing = dir.resolve("missing.json");
        assertThat(icsdrill("score", run.toString(), "--alerts", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("icsdrill score: " + missing + ": cannot read: no such file"
                + System.lineSeparator());

        err.getBuffer().setLength(0);
        assertThat(icsdrill("score", dir.resolve("norun").toString(), "--alerts", missing.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("icsdrill score: " + dir.resolve("norun") + ": no such run directory"
                + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aMalformedAlertIsNamedByFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "timestamp\n2026-01-15T09:00:04Z\nnot-a-time\n");
        assertThat(icsdrill("score", run.toString(), "--alerts", bad.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("icsdrill score: " + bad + ":3: 'not-a-time' is not a timestamp");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
