package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.api.ExerciseResult;
import org.icsdrill.api.ExerciseState;
import org.icsdrill.api.ResultCode;
import org.icsdrill.ui.opcua.ConsoleConnection;
import org.icsdrill.ui.opcua.ExerciseChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drill's end from the command line: with consoles ({@code --hold}, the default with a window)
 * the simulator keeps serving after the scenario ends, state "ended" and plant time stopped, the
 * record closed so the report can be made; trainees can do nothing more, and the run exits once the
 * instructor closes it over OPC UA.
 */
class RunHoldTest {

    private static final Pattern ENDPOINT = Pattern.compile("OPC UA    (opc\\.tcp://\\S+)");

    @TempDir
    Path dataDir;

    @Test
    void aHeldRunServesTheEndUntilTheInstructorClosesIt(@TempDir Path out) throws Exception {
        CliTest.Outcome users = CliTest.icsdrill("users", "add", "ines", "--role", "instructor", "--data-dir",
                dataDir.toString());
        String instructor = password(users.out(), "'ines' \\(instructor\\) with password '([^']+)'");
        String operator = password(users.out(), "'operator' \\(operator\\) with password '([^']+)'");
        StringWriter printed = new StringWriter();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> IcsDrill.execute(new String[] {"run",
            "--headless", "--hold", "--scenario", "chemical-oldsmar", "--duration", "60s", "--speed", "max", "--out",
            out.toString(), "--modbus-port", "0", "--opcua-port", "0", "--data-dir", dataDir.toString()},
                new PrintWriter(printed, true), new PrintWriter(new StringWriter(), true)));

        await("held after the end", () -> printed.toString().contains("The drill has ended"));
        assertThat(run).isNotDone();
        CliTest.Outcome report = CliTest.icsdrill("report", out.toString());
        assertThat(report.code()).as("the record is closed: the report is made while the consoles still watch")
                .isZero();
        assertThat(out.resolve("report.html")).exists();

        Matcher endpoint = ENDPOINT.matcher(printed.toString());
        assertThat(endpoint.find()).isTrue();
        try (ConsoleConnection console = ConsoleConnection.open(endpoint.group(1))) {
            ExerciseChannel exercise = console.exercise().orElseThrow();
            AtomicReference<ExerciseState> state = new AtomicReference<>();
            exercise.subscribe(sample -> {
                if (sample.variable().equals(ExerciseAddress.STATE)) {
                    state.set(ExerciseJson.state(sample.json()));
                }
            });
            await("the state", () -> state.get() != null);
            assertThat(state.get().ended()).isTrue();
            assertThat(state.get().plantTime()).as("plant time stopped at the end").isEqualTo(60.0);

            assertThat(console.login("operator", operator).get(30, TimeUnit.SECONDS).ok()).isTrue();
            ExerciseResult late = exercise.call(ExerciseAddress.DECLARE_INCIDENT, "chemical", "", "", "too late", "")
                    .get(30, TimeUnit.SECONDS);
            assertThat(late.code()).isEqualTo(ResultCode.EXERCISE_OVER);
            assertThat(exercise.call(ExerciseAddress.CLOSE).get(30, TimeUnit.SECONDS).code())
                    .as("only the instructor closes").isEqualTo(ResultCode.CALL_FAILED);
            assertThat(run).isNotDone();

            assertThat(console.login("ines", instructor).get(30, TimeUnit.SECONDS).ok()).isTrue();
            ExerciseResult closed = exercise.call(ExerciseAddress.CLOSE).get(30, TimeUnit.SECONDS);
            assertThat(closed.accepted()).as(closed.toString()).isTrue();
            assertThat(closed.code()).isEqualTo(ResultCode.SIMULATOR_CLOSING);
        }
        assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
        assertThat(printed.toString()).contains("Closed by the instructor.");
        assertThat(Files.readString(out.resolve("clock.jsonl"))).contains("\"event\":\"end\"");
    }

    private static String password(String printed, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(printed);
        assertThat(matcher.find()).as(pattern).isTrue();
        return matcher.group(1);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50); // the poll interval: the wait ends on the condition, bounded by the deadline
        }
    }
}
