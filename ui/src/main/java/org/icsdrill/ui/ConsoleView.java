package org.icsdrill.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.mimic.MimicView;
import org.icsdrill.ui.mimic.MimicViewModel;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.overview.OverviewView;
import org.icsdrill.ui.tags.TagTableView;
import org.icsdrill.ui.trend.TrendView;

/**
 * The console window's content: the overview tab, a mimic tab per plant, the trends tab, a tag table
 * tab per plant, and a status bar. Tabs have ids ({@code tab-mimic-chemical}) for tests to select.
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
        addMimicAndTrendTabs(tabs, model, messages);
        for (PlantInfo plant : model.plants()) {
            Tab tab = new Tab(messages.get("tab.tags", plant.id()),
                    new TagTableView(model.tagTable(plant.id()), model.faceplate(plant.id()), messages,
                            model::addToTrend));
            tab.setId("tab-tags-" + plant.id());
            tabs.getTabs().add(tab);
        }
        setCenter(tabs);
        Label status = new Label(messages.get("app.connectedTo", model.endpointUrl()));
        status.getStyleClass().add("range");
        setBottom(status);
    }

    /** Mimic tabs (one per plant with a layout) and the trends tab; the trend redraws when its tab is shown. */
    private static void addMimicAndTrendTabs(TabPane tabs, ConsoleViewModel model, Messages messages) {
        for (MimicViewModel mimic : model.mimics()) {
            Tab tab = new Tab(messages.get("tab.mimic", mimic.plant().id()), new MimicView(mimic, messages));
            tab.setId("tab-mimic-" + mimic.plant().id());
            tabs.getTabs().add(tab);
        }
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
