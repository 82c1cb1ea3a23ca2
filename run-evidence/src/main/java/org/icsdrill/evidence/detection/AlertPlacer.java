package org.icsdrill.evidence.detection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icsdrill.core.output.Compression;
import org.icsdrill.core.sim.ClockLog;
import org.icsdrill.core.sim.WallPlantMap;

/**
 * Puts an alert file on the run's plant time. Plant-time alerts stay as they are; wall-clock alerts
 * (a live sensor's) are mapped through the run's clock record ({@code clock.jsonl}), and an alert on a
 * flow the journal knows ({@code src_ip:src_port} or {@code dest_ip:dest_port} is a journaled client,
 * within {@link #MATCH_WINDOW} of one of its transactions) takes that transaction's plant time exactly.
 * With {@link AlertClock#AUTO} the clock is the span the alerts fall in (more alerts in it; plant time
 * on a tie); alerts in neither span are an error naming both.
 */
final class AlertPlacer {

    /** How far in wall time an alert may be from a transaction of its flow to be placed on it. */
    static final Duration MATCH_WINDOW = Duration.ofSeconds(1);
    /** How far outside a span an alert still counts as fitting it (a sensor's late alert, a tail). */
    static final Duration SLACK = Duration.ofSeconds(5);

    private AlertPlacer() {
    }

    record Placed(AlertFile alerts, ClockPlacement placement) {
    }

    static Placed place(Path run, AlertFile alerts, LabelSeries labels, ScoreOptions options)
            throws ScoreInputException {
        Path clockFile = run.resolve(ClockLog.FILE_NAME);
        AlertClock asked = options.alertClock();
        if (!Files.exists(clockFile)) {
            if (asked == AlertClock.WALL) {
                throw ScoreInputException.of(run, "no " + ClockLog.FILE_NAME + " to map wall-clock alerts onto plant"
                        + " time (runs record it since ICS Drill 0.2); score plant-time alerts or run again");
            }
            return new Placed(alerts, ClockPlacement.plant(ClockPlacement.ChosenBy.NO_CLOCK_RECORD));
        }
        if (asked == AlertClock.PLANT) {
            return new Placed(alerts, ClockPlacement.plant(ClockPlacement.ChosenBy.OPTION));
        }
        ClockLog.Recorded clock = readClock(clockFile);
        WallPlantMap wallOnly = new WallPlantMap(clock.events(), List.of());
        boolean detected = asked == AlertClock.AUTO;
        if (detected) {
            Duration slack = SLACK.plus(options.tolerance());
            long inPlant = alerts.alerts().stream().filter(a -> within(a.time(), labels.start(), labels.end(), slack))
                    .count();
            long inWall = alerts.alerts().stream()
                    .filter(a -> within(a.time(), wallOnly.wallStart(), wallOnly.wallEnd(), slack)).count();
            if (!alerts.alerts().isEmpty() && inPlant == 0 && inWall == 0) {
                List<Alert> all = alerts.alerts();
                throw ScoreInputException.of(alerts.file(), "the alerts (" + all.get(0).time() + " to "
                        + all.get(all.size() - 1).time() + ") fit neither the run's plant time, " + labels.start()
                        + " to " + labels.end() + " (" + RunScorer.LABELS + "), nor its wall clock, "
                        + wallOnly.wallStart() + " to " + wallOnly.wallEnd() + " (" + ClockLog.FILE_NAME
                        + "); check the sensor's clock, or force one with --alert-clock wall|plant");
            }
            if (inWall <= inPlant) {
                return new Placed(alerts, ClockPlacement.plant(ClockPlacement.ChosenBy.TIMESTAMPS));
            }
        }
        // a long run's journal is compressed (transactions.jsonl.zst)
        Optional<Path> journalFile = Compression.find(run.resolve(JournalTimes.FILE));
        JournalTimes journal = journalFile.isPresent() ? JournalTimes.read(journalFile.get()) : JournalTimes.empty();
        WallPlantMap map = new WallPlantMap(clock.events(), journal.samples());
        List<Alert> placed = new ArrayList<>();
        int matched = 0;
        for (Alert alert : alerts.alerts()) {
            Optional<Double> exact = onTransaction(alert, journal);
            double seconds = exact.orElseGet(() -> map.plantSeconds(alert.time()));
            matched += exact.isPresent() ? 1 : 0;
            placed.add(alert.onPlantTime(clock.plantZero().plusNanos(Math.round(seconds * 1e9))));
        }
        return new Placed(new AlertFile(alerts.file(), alerts.format(), placed, alerts.otherEvents()),
                new ClockPlacement(AlertClock.WALL,
                detected ? ClockPlacement.ChosenBy.TIMESTAMPS : ClockPlacement.ChosenBy.OPTION, matched,
                placed.size() - matched));
    }

    /** The plant time of the journaled transaction of the alert's flow, either direction, nearest in wall time. */
    private static Optional<Double> onTransaction(Alert alert, JournalTimes journal) {
        List<String> clients = new ArrayList<>(2);
        if (alert.sourceIp().isPresent() && alert.sourcePort().isPresent()) {
            clients.add(alert.sourceIp().get() + ":" + alert.sourcePort().get());
        }
        if (alert.destinationIp().isPresent() && alert.destinationPort().isPresent()) {
            clients.add(alert.destinationIp().get() + ":" + alert.destinationPort().get()); // an alert on the answer
        }
        for (String client : clients) {
            Optional<Double> plant = journal.nearest(client, alert.time(), MATCH_WINDOW);
            if (plant.isPresent()) {
                return plant;
            }
        }
        return Optional.empty();
    }

    private static boolean within(Instant time, Instant start, Instant end, Duration slack) {
        return !time.isBefore(start.minus(slack)) && !time.isAfter(end.plus(slack));
    }

    private static ClockLog.Recorded readClock(Path file) throws ScoreInputException {
        try {
            return ClockLog.read(file);
        } catch (NoSuchFileException e) {
            throw ScoreInputException.of(file, "cannot read: no such file");
        } catch (IOException e) {
            throw ScoreInputException.of(file, "cannot read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new ScoreInputException(file + (message.startsWith("line ") ? ":" + message.substring(5)
                    : ": " + message));
        }
    }
}
