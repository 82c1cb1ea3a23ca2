package org.icsdrill.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.icsdrill.ui.desk.InstructorDeskView;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.overview.OverviewView;
import org.icsdrill.ui.tabletop.TabletopView;
import org.icsdrill.ui.tags.TagTableView;

/** The console window's content: the overview tab, then a tag table tab per plant, and a status bar. */
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
