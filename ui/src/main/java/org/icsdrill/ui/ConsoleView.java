package org.icsdrill.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.icsdrill.ui.ExerciseScreens;
import org.icsdrill.ui.alarms.AlarmListView;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.desk.InstructorDeskView;
import org.icsdrill.ui.exercise.BriefingPane;
import org.icsdrill.ui.exercise.ConnectionBar;
import org.icsdrill.ui.exercise.SessionBar;
import org.icsdrill.ui.mimic.MimicViewModel;
import org.icsdrill.ui.mimic.view.MimicView;
import org.icsdrill.ui.network.NetworkMonitorView;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.overview.OverviewView;
import org.icsdrill.ui.report.IncidentReportView;
import org.icsdrill.ui.response.ResponseView;
import org.icsdrill.ui.site.SiteScreen;
import org.icsdrill.ui.tabletop.InjectCardBanner;
import org.icsdrill.ui.tabletop.TabletopView;
import org.icsdrill.ui.tags.TagTableView;
import org.icsdrill.ui.trend.TrendView;

/**
 * The console window's content: the session bar (exercise status, login) with the banner of new
 * inject cards under it, then the overview, the alarm list, the mimics (an inner tab per plant),
 * trends, the site's zone map, the network monitor, incident response, the tag tables (an inner tab
 * per plant), the tabletop with the briefing, the incident report to share and (for instructors) the desk, and the connection line. Tabs have ids ({@code tab-mimic-chemical}) for tests and shortcuts
 * to select.
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
        addAlarmTab(model, tabs);
        addMimicAndTrendTabs(tabs, model, messages);
        addNetworkAndResponseTabs(model, tabs);
        TabPane tagTables = inner();
        for (PlantInfo plant : model.plants()) {
            Tab tab = new Tab(plant.name(),
                    new TagTableView(model.tagTable(plant.id()), model.faceplate(plant.id()), messages,
                            model::addToTrend));
            tab.setId("tab-tags-" + plant.id());
            tagTables.getTabs().add(tab);
        }
        Tab tagsTab = new Tab(messages.get("tab.tagTables"), tagTables);
        tagsTab.setId("tab-tags");
        tabs.getTabs().add(tagsTab);
        addDrillTabs(tabs, model);
        setCenter(tabs);
        setBottom(new ConnectionBar(model.connectionStatus(), messages));
        ExerciseScreens exercise = model.exercise();
        SessionBar session = new SessionBar(exercise.session(), exercise.status(), messages);
        setTop(exercise.available() ? new VBox(session, new InjectCardBanner(model.tabletop(), messages,
                () -> select(tabs, "tab-tabletop"))) : session);
        ConsoleShortcuts.install(this, tabs, alarmList);
    }

    /** The alarm list, its title counting the alarms to acknowledge, right after the overview. */
    private void addAlarmTab(ConsoleViewModel model, TabPane tabs) {
        var messages = model.messages();
        ExerciseScreens exercise = model.exercise();
        alarmList = new AlarmListView(exercise.alarms(), messages);
        Tab alarms = new Tab(messages.get("tab.alarms"), alarmList);
        alarms.setId("tab-alarms");
        alarms.textProperty().bind(exercise.alarms().unacknowledgedProperty().asString(messages.get("tab.alarmsCount")));
        tabs.getTabs().add(alarms);
    }

    /**
     * The site's zone map, the network monitor and incident response: where a trainee sees the attacker
     * and acts.
     */
    private static void addNetworkAndResponseTabs(ConsoleViewModel model, TabPane tabs) {
        var messages = model.messages();
        ExerciseScreens exercise = model.exercise();
        Tab response = new Tab(messages.get("tab.response"), new ResponseView(exercise.response(), messages));
        response.setId("tab-response");
        Tab network = new Tab(messages.get("tab.network"), new NetworkMonitorView(exercise.network(), messages,
                () -> tabs.getSelectionModel().select(response)));
        network.setId("tab-network");
        Tab site = new Tab(messages.get("tab.site"), new SiteScreen(exercise.site(), messages));
        site.setId("tab-site");
        tabs.getTabs().addAll(site, network, response);
    }

    private AlarmListView alarmList;

    /**
     * Shows the tab with this id ({@code tab-alarms}, {@code tab-tags-chemical}...), if there is one: a
     * plant's tab sits in the inner tab pane of its group, so the group's tab is selected first.
     */
    public static boolean select(TabPane tabs, String id) {
        for (Tab tab : tabs.getTabs()) {
            if (id.equals(tab.getId()) || tab.getContent() instanceof TabPane inner && select(inner, id)) {
                tabs.getSelectionModel().select(tab);
                return true;
            }
        }
        return false;
    }

    /** The tab shown: the inner one when the selected tab holds the plants' tabs. */
    public static Tab selected(TabPane tabs) {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab != null && tab.getContent() instanceof TabPane inner ? selected(inner) : tab;
    }

    /** A tab pane of the plants under one top-level tab, so the top row fits a 1280 px screen. */
    private static TabPane inner() {
        TabPane plants = new TabPane();
        plants.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        plants.getStyleClass().add("plant-tabs");
        return plants;
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
        // the briefing above the cards: the trainees' paper for the drill
        Tab tabletop = new Tab(messages.get("tab.tabletop"), new BorderPane(new TabletopView(model.tabletop(), messages),
                new BriefingPane(model.exercise().briefing(), messages), null, null, null));
        tabletop.setId("tab-tabletop");
        tabletop.textProperty().bind(model.tabletop().unopenedProperty().map(n -> n.intValue() == 0
                ? messages.get("tab.tabletop") : messages.get("tab.tabletopNew", n)));
        // the incident report the trainees approve for sharing, after the drill's paper
        Tab report = new Tab(messages.get("tab.report"), new IncidentReportView(model.exercise().report(), messages));
        report.setId("tab-report");
        tabs.getTabs().addAll(tabletop, report);
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

    /** Mimic tabs (one per plant with a layout) and the trends tab; the trend redraws when its tab is shown. */
    private static void addMimicAndTrendTabs(TabPane tabs, ConsoleViewModel model, Messages messages) {
        TabPane mimics = inner();
        for (MimicViewModel mimic : model.mimics()) {
            Tab tab = new Tab(mimic.plant().name(), new MimicView(mimic, messages));
            tab.setId("tab-mimic-" + mimic.plant().id());
            mimics.getTabs().add(tab);
        }
        Tab mimicsTab = new Tab(messages.get("tab.mimics"), mimics);
        mimicsTab.setId("tab-mimics");
        tabs.getTabs().add(mimicsTab);
        TrendView trend = new TrendView(model.trend(), messages);
        Tab trendTab = new Tab(messages.get("tab.trend"), trend);
        trendTab.setId("tab-trend");
        trendTab.selectedProperty().addListener((o, before, selected) -> {
            if (selected) {
                trend.refresh();
            }
        });
        tabs.getTabs().add(trendTab);
    }
}
