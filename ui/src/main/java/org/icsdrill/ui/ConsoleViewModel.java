package org.icsdrill.ui;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.UpdateBatcher;
import org.icsdrill.ui.desk.InstructorDeskViewModel;
import org.icsdrill.ui.exercise.ExerciseScreens;
import org.icsdrill.ui.opcua.ConsoleConnection;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagSample;
import org.icsdrill.ui.overview.OverviewViewModel;
import org.icsdrill.ui.tabletop.TabletopViewModel;
import org.icsdrill.ui.tags.FaceplateViewModel;
import org.icsdrill.ui.tags.TagTableViewModel;

/**
 * The console's view models over one connection: the overview, and a tag table and faceplate per
 * plant. Subscription values reach them through one {@link UpdateBatcher}, a few times a second, on
 * the UI executor ({@code Platform::runLater} in the application, any single thread in tests).
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

    public ConsoleViewModel(ConsoleConnection connection, Messages messages, Executor uiExecutor) {
        this.connection = connection;
        this.messages = messages;
        this.overview = new OverviewViewModel(connection.plants(), messages);
        for (PlantInfo plant : connection.plants()) {
            tagTables.put(plant.id(), new TagTableViewModel(plant, messages));
            faceplates.put(plant.id(), new FaceplateViewModel(connection::write, uiExecutor, messages));
        }
        this.batcher = new UpdateBatcher<>(uiExecutor, UI_PERIOD, TagSample::tagId, this::apply);
        this.exercise = new ExerciseScreens(connection, messages, uiExecutor);
        this.tabletop = exercise.add(new TabletopViewModel(exercise.session(), messages));
        this.desk = exercise.add(new InstructorDeskViewModel(exercise.session(), messages));
    }

    /** Starts the subscriptions; call once, off the UI thread. */
    public void start() throws UaException {
        connection.subscribe(batcher::offer);
        exercise.start();
    }

    /** The exercise screens: login, alarms, network monitor, responses, tabletop, instructor desk. */
    public ExerciseScreens exercise() {
        return exercise;
    }

    private void apply(Map<String, TagSample> batch) {
        overview.apply(batch);
        tagTables.values().forEach(t -> t.apply(batch));
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

    @Override
    public void close() {
        batcher.close();
        exercise.close();
        connection.close();
    }
}
