package org.icsdrill.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.icsdrill.ui.alarms.AlarmListView;
import org.icsdrill.ui.desk.InstructorDeskView;
import org.icsdrill.ui.exercise.ExerciseScreens;
import org.icsdrill.ui.exercise.SessionBar;
import org.icsdrill.ui.network.NetworkMonitorView;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.overview.OverviewView;
import org.icsdrill.ui.response.ResponseView;
import org.icsdrill.ui.tabletop.TabletopView;
import org.icsdrill.ui.tags.TagTableView;

/**
 * The console window's content: the session bar (exercise status, login), the overview, the alarm
 * list, the network monitor, incident response, a tag table per plant, and the connection line.
 */
public final class ConsoleView extends BorderPane {

    public static final String STYLESHEET = ConsoleView.class.getResource("console.css").toExternalForm();

    public ConsoleView(ConsoleViewModel model) {
        var messages = model.messages();
        getStylesheets().add(STYLESHEET);
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        ScrollPane overview = new ScrollPane(new OverviewView(model.overview(), messages));
        overview.setFitToWidth(true);
        Tab overviewTab = new Tab(messages.get("tab.overview"), overview);
        overviewTab.setId("tab-overview");
        tabs.getTabs().add(overviewTab);
        addExerciseTabs(model, tabs);
        for (PlantInfo plant : model.plants()) {
            Tab tab = new Tab(messages.get("tab.tags", plant.id()),
                    new TagTableView(model.tagTable(plant.id()), model.faceplate(plant.id()), messages));
            tab.setId("tab-tags-" + plant.id());
            tabs.getTabs().add(tab);
        }
        addDrillTabs(tabs, model);
        setCenter(tabs);
        Label status = new Label(messages.get("app.connectedTo", model.endpointUrl()));
        status.getStyleClass().add("range");
        setBottom(status);
        ExerciseScreens exercise = model.exercise();
        setTop(new SessionBar(exercise.session(), exercise.status(), messages));
        ConsoleShortcuts.install(this, tabs, alarmList);
    }

    /** Alarms, network monitor and incident response: the trainee's exercise screens. */
    private void addExerciseTabs(ConsoleViewModel model, TabPane tabs) {
        var messages = model.messages();
        ExerciseScreens exercise = model.exercise();
        alarmList = new AlarmListView(exercise.alarms(), messages);
        Tab alarms = new Tab(messages.get("tab.alarms"), alarmList);
        alarms.setId("tab-alarms");
        alarms.textProperty().bind(exercise.alarms().unacknowledgedProperty().asString(messages.get("tab.alarmsCount")));
        Tab network = new Tab(messages.get("tab.network"), new NetworkMonitorView(exercise.network(), messages));
        network.setId("tab-network");
        Tab response = new Tab(messages.get("tab.response"), new ResponseView(exercise.response(), messages));
        response.setId("tab-response");
        tabs.getTabs().addAll(alarms, network, response);
    }

    private AlarmListView alarmList;

    /** Shows the tab with this id ({@code tab-alarms}, {@code tab-tags-chemical}...), if there is one. */
    public static void select(TabPane tabs, String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    public AlarmListView alarmList() {
        return alarmList;
    }

    /**
     * The tabletop for everyone (its title counts the cards not opened yet), and the instructor desk
     * only while an instructor is logged in: a trainee never sees the ground truth's tab.
     */
    private static void addDrillTabs(TabPane tabs, ConsoleViewModel model) {
        if (!model.exercise().available()) {
            return;
        }
        var messages = model.messages();
        Tab tabletop = new Tab(messages.get("tab.tabletop"), new TabletopView(model.tabletop(), messages));
        tabletop.setId("tab-tabletop");
        tabletop.textProperty().bind(model.tabletop().unopenedProperty().map(n -> n.intValue() == 0
                ? messages.get("tab.tabletop") : messages.get("tab.tabletopNew", n)));
        tabs.getTabs().add(tabletop);
        Tab desk = new Tab(messages.get("tab.instructor"), new InstructorDeskView(model.desk(), messages));
        desk.setId("tab-instructor");
        ObservableBooleanValue instructor = model.exercise().session().instructorProperty();
        instructor.addListener((o, was, is) -> showIf(tabs, desk, is));
        showIf(tabs, desk, instructor.get());
    }

    private static void showIf(TabPane tabs, Tab tab, boolean shown) {
        if (shown && !tabs.getTabs().contains(tab)) {
            tabs.getTabs().add(tab);
        } else if (!shown) {
            tabs.getTabs().remove(tab);
        }
    }
}
