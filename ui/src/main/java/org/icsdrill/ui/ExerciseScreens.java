package org.icsdrill.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.icsdrill.ui.ConsoleViewModel;
import org.icsdrill.ui.alarms.AlarmListViewModel;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.UpdateBatcher;
import org.icsdrill.ui.exercise.BriefingViewModel;
import org.icsdrill.ui.exercise.ConsoleSession;
import org.icsdrill.ui.exercise.ExerciseStatusViewModel;
import org.icsdrill.ui.exercise.ExerciseSubscriber;
import org.icsdrill.ui.exercise.ExerciseUpdate;
import org.icsdrill.ui.network.NetworkMonitorViewModel;
import org.icsdrill.ui.opcua.ConsoleConnection;
import org.icsdrill.ui.opcua.ExerciseChannel;
import org.icsdrill.ui.opcua.ExerciseSample;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TrafficQueries;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.report.IncidentReportViewModel;
import org.icsdrill.ui.response.ResponseViewModel;
import org.icsdrill.ui.site.SiteViewModel;

/**
 * The exercise side of the console: the session (login), and the screens fed from the exercise
 * variables, each a {@link ExerciseSubscriber} given one parsed {@link ExerciseUpdate} per batch.
 * Batched like the tag values, a few times a second on the UI executor (ADR 8).
 */
public final class ExerciseScreens implements AutoCloseable {

    private final ConsoleConnection connection;
    private final ConsoleSession session;
    private final List<ExerciseSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private final UpdateBatcher<String, ExerciseSample> batcher;
    private final ExerciseStatusViewModel status;
    private final BriefingViewModel briefing;
    private final AlarmListViewModel alarms;
    private final NetworkMonitorViewModel network;
    private final ResponseViewModel response;
    private final SiteViewModel site;
    private final IncidentReportViewModel report;

    public ExerciseScreens(ConsoleConnection connection, Messages messages, Executor uiExecutor) {
        this.connection = connection;
        this.session = new ConsoleSession(connection, uiExecutor, messages);
        this.batcher = new UpdateBatcher<>(uiExecutor, ConsoleViewModel.UI_PERIOD, ExerciseSample::variable,
                this::apply);
        this.status = add(new ExerciseStatusViewModel(messages));
        this.briefing = add(new BriefingViewModel(messages));
        Map<String, TagInfo> tags = new HashMap<>();
        connection.plants().forEach(p -> p.tags().forEach(t -> tags.put(t.id(), t)));
        this.alarms = add(new AlarmListViewModel(session, messages, tags::get));
        this.response = add(new ResponseViewModel(session, messages,
                connection.plants().stream().map(PlantInfo::id).toList()));
        this.network = add(new NetworkMonitorViewModel(session, messages, uiExecutor,
                new TrafficQueries(connection)::page, response::prefillDeclaration));
        this.site = add(new SiteViewModel(messages));
        this.report = add(new IncidentReportViewModel(session, messages));
    }

    public ExerciseStatusViewModel status() {
        return status;
    }

    /** The scenario's briefing in the console's language, for everyone. */
    public BriefingViewModel briefing() {
        return briefing;
    }

    public AlarmListViewModel alarms() {
        return alarms;
    }

    public NetworkMonitorViewModel network() {
        return network;
    }

    public ResponseViewModel response() {
        return response;
    }

    /** The zone map of the run's site and the host panel. */
    public SiteViewModel site() {
        return site;
    }

    /** The incident report the trainees approve for sharing (docs/sharing.md). */
    public IncidentReportViewModel report() {
        return report;
    }

    /** Whether the server offers exercise control (a simulator run rather than a bare plant server). */
    public boolean available() {
        return connection.exercise().isPresent();
    }

    public ConsoleSession session() {
        return session;
    }

    /** Registers a screen; call before {@link #start()} or on the UI thread. */
    public <T extends ExerciseSubscriber> T add(T subscriber) {
        subscribers.add(subscriber);
        return subscriber;
    }

    /** Subscribes to the exercise variables; off the UI thread. */
    public void start() throws UaException {
        ExerciseChannel channel = connection.exercise().orElse(null);
        if (channel != null) {
            channel.subscribe(batcher::offer);
        }
    }

    private void apply(Map<String, ExerciseSample> batch) {
        ExerciseUpdate update = ExerciseUpdate.of(batch);
        subscribers.forEach(s -> s.apply(update));
    }

    @Override
    public void close() {
        batcher.close();
    }
}
