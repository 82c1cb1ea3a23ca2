package org.icsdrill.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.overview.OverviewView;
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
        setCenter(tabs);
        Label status = new Label(messages.get("app.connectedTo", model.endpointUrl()));
        status.getStyleClass().add("range");
        setBottom(status);
    }
}
