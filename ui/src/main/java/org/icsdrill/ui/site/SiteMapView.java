package org.icsdrill.ui.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.icsdrill.api.SiteView;
import org.icsdrill.ui.common.Messages;

/**
 * The zone map of plain nodes, after the Purdue picture of docs/site.md: the level on the left, a row
 * per level, top (5, the Internet) to bottom, its zones with their hosts inside, and under each row the
 * band of the conduits that lead down into the next (or up from it); last, the pairs of zones that no
 * conduit joins and had connections anyway. Redrawn in place while the same zones, hosts and links
 * stand, so that a click is not lost to an update.
 */
public final class SiteMapView extends VBox {

    public static final String ID = "site-map";

    /** Wide enough for "3.5" in the level font; the column's title is in the legend's line. */
    private static final double LEVEL_WIDTH = 34;
    /** The least width of a zone or a conduit: at 1280 px beside the host panel, two to a line. */
    private static final double TILE_WIDTH = 250;
    private static final double GAP = 6;

    private final Messages messages;
    private final Consumer<String> choose;
    private final Map<String, HostChip> chips = new HashMap<>();
    private final Map<String, LinkBox> links = new HashMap<>();
    private final List<SiteMap.Link> unjoined = new ArrayList<>();
    private final FlowPane withoutConduit = new FlowPane(8, 2);
    private List<String> layout = List.of();
    private String chosen;

    public SiteMapView(Messages messages, Consumer<String> choose) {
        super(3);
        this.messages = messages;
        this.choose = choose;
        setId(ID);
        getStyleClass().add("site-map");
        setPadding(new Insets(4, 8, 8, 8));
        withoutConduit.setId("site-without-conduit");
    }

    public void show(SiteMap map) {
        if (!map.layout().equals(layout)) {
            build(map);
            return;
        }
        map.rows().forEach(r -> r.zones().forEach(z -> z.hosts().forEach(h -> chips.get(h.name()).show(h))));
        map.links().stream().filter(SiteMap.Link::hasConduit).forEach(l -> links.get(LinkBox.nodeId(l)).show(l));
        showWithoutConduit(map.withoutConduit());
    }

    /** Marks the host the panel shows. */
    public void choose(String host) {
        chosen = host;
        chips.forEach((name, chip) -> chip.chosen(name.equals(host)));
    }

    private void build(SiteMap map) {
        layout = map.layout();
        chips.clear();
        links.clear();
        getChildren().clear();
        if (map.rows().isEmpty()) {
            return;
        }
        Label legend = new Label(messages.get("site.legend"));
        legend.getStyleClass().add("site-legend");
        legend.setWrapText(true);
        getChildren().add(lane(new Region(), legend));
        for (int i = 0; i < map.rows().size(); i++) {
            SiteMap.Row row = map.rows().get(i);
            getChildren().add(lane(heading(SiteMap.levelText(row.level())),
                    new Tiles(TILE_WIDTH, GAP, row.zones().stream().map(this::zone).toList())));
            List<SiteMap.Link> band = map.band(i);
            if (!band.isEmpty()) {
                List<LinkBox> boxes = band.stream().map(l -> new LinkBox(l, messages)).toList();
                boxes.forEach(b -> links.put(b.getId(), b));
                getChildren().add(lane(new Region(), new Tiles(TILE_WIDTH, GAP, boxes)));
            }
        }
        getChildren().add(lane(new Region(), withoutConduit));
        unjoined.clear();
        showWithoutConduit(map.withoutConduit());
        choose(chosen);
    }

    /** One line per pair of zones, {@code dmz → control-chemical denied 1}; the line goes when there is none. */
    private void showWithoutConduit(List<SiteMap.Link> pairs) {
        if (pairs.equals(unjoined)) {
            return;
        }
        unjoined.clear();
        unjoined.addAll(pairs);
        withoutConduit.getChildren().clear();
        if (!pairs.isEmpty()) {
            withoutConduit.getChildren().add(LinkBox.label("site-link-title", messages.get("site.withoutConduit")));
        }
        for (SiteMap.Link pair : pairs) {
            Label denied = LinkBox.label("site-link-count");
            LinkBox.denied(denied, pair.denied(), messages);
            HBox line = new HBox(6, LinkBox.label("site-link-route", LinkBox.route(pair, messages)), denied);
            line.setId("site-unjoined-" + pair.from() + "-" + pair.to());
            withoutConduit.getChildren().add(line);
        }
    }

    /** The level's column, then what lies at that level. */
    private static Node lane(Region level, Region content) {
        level.setMinWidth(LEVEL_WIDTH);
        level.setPrefWidth(LEVEL_WIDTH);
        HBox.setHgrow(content, Priority.ALWAYS);
        return new HBox(4, level, content);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("site-level");
        return label;
    }

    private Node zone(SiteMap.Zone zone) {
        Label name = new Label(zone.name());
        name.getStyleClass().add("site-zone-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label info = new Label(messages.get("site.zoneInfo", zone.securityLevelTarget(), zone.cidr()));
        info.getStyleClass().add("site-zone-info");
        FlowPane hosts = new FlowPane(4, 4);
        for (SiteView.Host host : zone.hosts()) {
            HostChip chip = new HostChip(host, messages, () -> choose.accept(host.name()));
            chips.put(host.name(), chip);
            hosts.getChildren().add(chip);
        }
        VBox box = new VBox(2, new FlowPane(8, 0, name, info), hosts);
        box.setId("site-zone-" + zone.name());
        box.getStyleClass().add("site-zone");
        return box;
    }
}
