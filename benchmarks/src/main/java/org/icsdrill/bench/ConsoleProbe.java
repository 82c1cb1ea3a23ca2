package org.icsdrill.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.icsdrill.ui.ConsoleView;
import org.icsdrill.ui.ConsoleViewModel;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.ConsoleConnection;

/**
 * How responsive the console stays under load: opens the full console on a running simulator,
 * shows the network monitor (the busiest screen), and for {@code --seconds} measures
 * <ul>
 *   <li>event-queue latency: a task posted to the FX thread every 50 ms, time until it runs;</li>
 *   <li>frame time: the interval between JavaFX pulses (AnimationTimer), 16.7 ms when idle at 60 Hz.</li>
 * </ul>
 * Usage: {@code ConsoleProbe --connect opc.tcp://127.0.0.1:4840/icsdrill [--seconds 60] [--tab tab-network]}; run under a
 * display (Xvfb) with {@code benchmarks/console-responsiveness.sh}.
 */
public final class ConsoleProbe {

    /**
     * Not measured: the first screens are built, every tag's first value and the first traffic
     * arrive, and the JIT compiles the console's code; this takes some 8 s on a 2-core machine.
     */
    static final int WARM_UP_SECONDS = 15;

    private ConsoleProbe() {
    }

    public static void main(String[] args) {
        Application.launch(ProbeApp.class, args);
    }

    public static final class ProbeApp extends Application {

        private final List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        private final List<Double> frames = new ArrayList<>();
        private ConsoleViewModel model;
        private String shownTab;

        @Override
        public void start(Stage stage) throws Exception {
            List<String> raw = getParameters().getRaw();
            String url = option(raw, "--connect", "opc.tcp://127.0.0.1:4840/icsdrill");
            int seconds = Integer.parseInt(option(raw, "--seconds", "60"));
            shownTab = option(raw, "--tab", "tab-network");
            model = new ConsoleViewModel(ConsoleConnection.open(url), Messages.load(Locale.ENGLISH),
                    Platform::runLater);
            model.start();
            ConsoleView view = new ConsoleView(model);
            stage.setScene(new Scene(view, 1280, 800));
            stage.show();
            ConsoleView.select((TabPane) view.getCenter(), shownTab);

            long measureFrom = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
            AnimationTimer pulses = new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last != 0 && now > measureFrom) {
                        frames.add((now - last) / 1e6);
                    }
                    last = now;
                }
            };
            pulses.start();
            ScheduledExecutorService poster = Executors.newSingleThreadScheduledExecutor();
            poster.scheduleAtFixedRate(() -> {
                long posted = System.nanoTime();
                Platform.runLater(() -> latencies.add((System.nanoTime() - posted) / 1e6));
            }, WARM_UP_SECONDS * 1000L, 50, TimeUnit.MILLISECONDS); // 20 samples a second after the warm-up
            poster.schedule(() -> Platform.runLater(() -> {
                pulses.stop();
                poster.shutdownNow();
                report(seconds);
                Platform.exit();
            }), WARM_UP_SECONDS + seconds, TimeUnit.SECONDS);
        }

        private void report(int seconds) {
            List<Double> lat = new ArrayList<>(latencies);
            System.out.printf(Locale.ROOT, "console responsiveness over %d s (%s shown, %d traffic rows)%n",
                    seconds, shownTab, model.exercise().network().shown().size());
            System.out.println("  event-queue latency ms " + stats(lat));
            System.out.println("  frame interval ms      " + stats(frames));
            long slow = frames.stream().filter(f -> f > 50).count();
            System.out.printf(Locale.ROOT, "  frames longer than 50 ms: %d of %d%n", slow, frames.size());
        }

        @Override
        public void stop() {
            if (model != null) {
                model.close();
            }
        }
    }

    static String stats(List<Double> values) {
        if (values.isEmpty()) {
            return "(none)";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "n=%d p50=%.1f p99=%.1f max=%.1f", sorted.size(),
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }
}
