package org.icsdrill.evidence.trainees;

import java.nio.file.Path;
import java.time.Duration;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.evidence.record.ExerciseRecord;
import org.icsdrill.evidence.record.RecordedRun;

/**
 * A 200-second exercise on the chemical plant with known attacks, expectations and hand-made trainee
 * declarations and actions, whose scores the tests work out by hand:
 *
 * <pre>
 *   attack        technique  window      expectation
 *   setpoint      T0836      [30, 90)    detect within 20s with technique; respond within 30s: restore_parameters chemical
 *   rogue-write   T0855      [120, 150)  detect within 1m;                 respond within 10s: isolate_host 127.0.0.66
 *   trip-limit    T0880      [170, 200)  none (moves the SIS trip limit; the plant has tripped already)
 *   never         T0836      never starts (its condition is never met)
 *
 *   The feed set point of 200 L/min is beyond what the cooling jacket can hold: the reactor temperature
 *   passes its high-high limit (360 K) and the SIS trips at about 60 s (once; the trip latches). (A
 *   temperature set-point step no longer overshoots: the loop is I-PD.)
 *
 *   declarations                                     actions
 *     5 s  alice chemical            wrong           45 s bob   switch_to_manual  (accepted by nothing)
 *    35 s  bob   chemical T0855      setpoint, wrong technique   50 s alice restore_parameters (setpoint, 20 s)
 *    42 s  alice chemical T0836      detects setpoint (12 s)    160 s bob   isolate_host (rogue-write, 40 s: late)
 *   125 s  bob   chemical T0855      detects rogue-write (5 s)
 *   140 s  bob   gas                 wrong
 *   175 s  alice chemical trip-limit T0880  detects trip-limit (5 s)
 * </pre>
 */
public final class ReviewFixture {

    public static final String SCENARIO = """
            id: review-test
            title: "Review <b>test</b> & more"
            description: Two attacks with expectations, then the SIS trip limit is moved below the temperature.
            plants: [chemical]
            seed: 7
            duration: 1h
            start_time: 2026-01-15T09:00:00Z
            briefing: "Day shift. <script>alert('briefing')</script>"
            instructor_notes: Watch whether anyone compares the set point with the work orders.
            timeline:
              - at: 10s
                inject: {audience: operator, text: "Shift handover", questions: ["Anything unusual?"]}
              - at: 30s
                attack: {id: setpoint, kind: modify_parameter, target: chemical.R1.FIC101.SP, value: 200, duration: 60s}
              - at: 120s
                attack: {id: rogue-write, kind: unauthorized_command, target: chemical.R1.LIC101.SP, value: 55,
                         duration: 30s}
              - at: 170s
                attack: {id: trip-limit, kind: loss_of_safety, plant: chemical, mode: move_limit,
                         target: chemical.SIS.TSHH201, value: 300}
              - when: "chemical.R1.TT101 > 590"
                within: 50m
                attack: {id: never, kind: modify_parameter, target: chemical.R1.TIC101.SP, value: 340}
            expectations:
              detect:
                - {attack: setpoint, within: 20s, technique: true}
                - {attack: rogue-write, within: 1m}
                - {attack: never, within: 1m}
              respond:
                - {attack: setpoint, within: 30s, actions: [{action: restore_parameters, plant: chemical}]}
                - {attack: rogue-write, within: 10s, actions: [{action: isolate_host, host: attacker}]}
              limits: {no_damage: true, no_trip: true}
            """;

    private ReviewFixture() {
    }

    /** Plays the scenario for 200 plant seconds into {@code dir} and adds the trainees' rows; returns the record. */
    public static Path play(Path dir) throws Exception {
        try (RecordedRun run = new RecordedRun(dir, SCENARIO)) {
            run.simulation.advance(Duration.ofSeconds(200));
            ExerciseRecord record = run.record();
            record.declare(5, "alice", "chemical", null, null, "something is odd");
            record.declare(35, "bob", "chemical", null, "T0855", "someone wrote the set point");
            record.declare(42, "alice", "chemical", null, "T0836", "set point moved without a work order");
            record.declare(125, "bob", "chemical", null, "T0855", "level set point written from 127.0.0.66");
            record.declare(140, "bob", "gas", null, null, "<img src=x onerror=alert('declaration')>");
            record.declare(175, "alice", "chemical", "trip-limit", "T0880", "SIS limit at 300 K");
            record.action(45, "bob", ResponseAction.SWITCH_TO_MANUAL, "chemical.R1.TIC101", "");
            record.action(50, "alice", ResponseAction.RESTORE_PARAMETERS, "chemical", "plant chemical");
            record.action(160, "bob", ResponseAction.ISOLATE_HOST, "127.0.0.66", "blocked at the endpoints");
            record.injectAnswer(12, "bob", "inject-1", 0, "Anything unusual?", "no");
            record.note(44, "sato", "Alice saw it\nfirst.");
            record.note(130, "sato", "<b>bold</b> & not bold");
        }
        return dir.resolve(ExerciseRecord.FILE);
    }
}
