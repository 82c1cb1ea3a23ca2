package org.icsdrill.ui;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.icsdrill.api.ExerciseState;
import org.icsdrill.ui.ExerciseScreens;
import org.icsdrill.ui.common.LatestSamples;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.UpdateBatcher;
import org.icsdrill.ui.desk.InstructorDeskViewModel;
import org.icsdrill.ui.exercise.ConnectionViewModel;
import org.icsdrill.ui.mimic.MimicViewModel;
import org.icsdrill.ui.opcua.ConnectionState;
import org.icsdrill.ui.opcua.ConsoleConnection;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.icsdrill.ui.overview.OverviewViewModel;
import org.icsdrill.ui.tabletop.TabletopViewModel;
import org.icsdrill.ui.tags.FaceplateViewModel;
import org.icsdrill.ui.tags.TagTableViewModel;
import org.icsdrill.ui.trend.TrendViewModel;

/**
 * The console's view models over one connection: the overview, a tag table and faceplate per
 * plant, a mimic per plant whose server publishes one, and the trend. Subscription values reach them through
 * one {@link UpdateBatcher}, a few times a second, on the UI executor ({@code Platform::runLater} in
 * the application, any single thread in tests).
 */
public final class ConsoleViewModel implements AutoCloseable {

    /** How often the screen is updated: four times a second, the subscription's publishing rate. */
    public static final Duration UI_PERIOD = Duration.ofMillis(250);

    private final ConsoleConnection connection;
    private final Messages messages;
    private final OverviewViewModel overview;
    private final Map<String, TagTableViewModel> tagTables = new LinkedHashMap<>();
    private final Map<String, FaceplateViewModel> faceplates = new LinkedHashMap<>();
    private final UpdateBatcher<String, TagSample> batcher;
    private final ExerciseScreens exercise;
    private final TabletopViewModel tabletop;
    private final InstructorDeskViewModel desk;
    // mimics and trend (issue 5): fed from the same batches
    private final LatestSamples latest = new LatestSamples();
    private final Map<String, MimicViewModel> mimics = new LinkedHashMap<>();
    private final TrendViewModel trend;
    private final ConnectionViewModel connectionStatus;

    public ConsoleViewModel(ConsoleConnection connection, Messages messages, Executor uiExecutor) {
        this.connection = connection;
        this.messages = messages;
        this.overview = new OverviewViewModel(connection.plants(), messages);
        this.exercise = new ExerciseScreens(connection, messages, uiExecutor);
        for (PlantInfo plant : connection.plants()) {
            tagTables.put(plant.id(), new TagTableViewModel(plant, messages));
            faceplates.put(plant.id(), new FaceplateViewModel(connection::write, uiExecutor, messages));
        }
        this.trend = new TrendViewModel(connection.plants(), messages, latest::get,
                TagInfo::normal);
        trend.fillFrom(connection::history, uiExecutor);
        createMimics(uiExecutor);
        this.batcher = new UpdateBatcher<>(uiExecutor, UI_PERIOD, TagSample::tagId, this::apply);
        // one login per station: every faceplate writes as the session bar's user
        faceplates.values().forEach(f -> f.followLogin(exercise.session().userProperty()));
        mimics.values().forEach(m -> m.faceplate().followLogin(exercise.session().userProperty()));
        this.connectionStatus = exercise.add(new ConnectionViewModel(connection.endpointUrl(), exercise.session(),
                messages));
        connection.onConnectionChange(state -> uiExecutor.execute(() -> {
            connectionStatus.show(state);
            exercise.status().connectionLost(state != ConnectionState.CONNECTED);
        }));
        // the trend's time axis in elapsed plant time, as every other screen, once the exercise says when 0 was
        exercise.add(update -> update.state().flatMap(ExerciseState::plantZeroInstant).ifPresent(trend::plantZero));
        this.tabletop = exercise.add(new TabletopViewModel(exercise.session(), messages));
        this.desk = exercise.add(new InstructorDeskViewModel(exercise.session(), messages));
    }

    /** Starts the subscriptions; call once, off the UI thread. */
    public void start() throws UaException {
        connection.subscribe(batcher::offer);
        exercise.start();
    }

    /** The connection line: connected, lost, subscribing again; closing the simulator after the end. */
    public ConnectionViewModel connectionStatus() {
        return connectionStatus;
    }

    /** The exercise screens: login, alarms, network monitor, responses, tabletop, instructor desk. */
    public ExerciseScreens exercise() {
        return exercise;
    }

    /** A mimic for each plant that has one, with its own faceplate; every faceplate can feed the trend. */
    private void createMimics(Executor uiExecutor) {
        for (PlantInfo plant : connection.plants()) {
            plant.mimic().ifPresent(layout -> mimics.put(plant.id(), new MimicViewModel(plant, layout,
                    new FaceplateViewModel(connection::write, uiExecutor, messages, latest::get), messages)));
        }
        faceplates.values().forEach(f -> f.setTrendSink(this::addToTrend));
        mimics.values().forEach(m -> m.faceplate().setTrendSink(this::addToTrend));
    }

    private void apply(Map<String, TagSample> batch) {
        latest.apply(batch);
        overview.apply(batch);
        tagTables.values().forEach(t -> t.apply(batch));
        mimics.values().forEach(m -> m.apply(batch));
        trend.apply(batch);
    }

    public ConsoleConnection connection() {
        return connection;
    }

    public Messages messages() {
        return messages;
    }

    public List<PlantInfo> plants() {
        return connection.plants();
    }

    public String endpointUrl() {
        return connection.endpointUrl();
    }

    public OverviewViewModel overview() {
        return overview;
    }

    public TagTableViewModel tagTable(String plantId) {
        return tagTables.get(plantId);
    }

    public FaceplateViewModel faceplate(String plantId) {
        return faceplates.get(plantId);
    }

    /** The inject cards, for every trainee. */
    public TabletopViewModel tabletop() {
        return tabletop;
    }

    /** The instructor desk; the view shows it only while an instructor is logged in. */
    public InstructorDeskViewModel desk() {
        return desk;
    }

    /** The plants that have a mimic, in server order. */
    public List<MimicViewModel> mimics() {
        return List.copyOf(mimics.values());
    }

    /** The mimic of a plant, null when it has none. */
    public MimicViewModel mimic(String plantId) {
        return mimics.get(plantId);
    }

    public TrendViewModel trend() {
        return trend;
    }

    /** Adds a pen for {@code tag} to the trend (from a table's menu or a faceplate); on the UI thread. */
    public void addToTrend(TagInfo tag) {
        trend.addPen(tag);
    }

    @Override
    public void close() {
        batcher.close();
        exercise.close();
        connection.close();
    }
}
