package org.icsdrill.ui.site;

import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;

/**
 * A conduit on the zone map: which way its connections go, its name (and its route when the name does
 * not say it), its services (those closed said so; the whole conduit closed is said so and drawn
 * dashed), and the connections allowed and denied so far, denied ones in the abnormal colour; its route
 * and firewall on hover.
 */
final class LinkBox extends VBox {

    static final String CLOSED = "closed";

    private final Messages messages;
    private final Label title = label("site-link-title");
    private final Label services = label("site-link-services");
    private final Label allowed = label("site-link-count");
    private final Label denied = label("site-link-count");
    /** The route and the firewall, on hover: the box keeps to two lines beside the host panel. */
    private final Tooltip tip = new Tooltip();

    LinkBox(SiteMap.Link link, Messages messages) {
        this.messages = messages;
        setId(nodeId(link));
        getStyleClass().add("site-link");
        title.setWrapText(true);
        FlowPane counts = new FlowPane(8, 0, services, allowed, denied);
        getChildren().addAll(title, counts);
        Tooltip.install(this, tip);
        show(link);
    }

    static String nodeId(SiteMap.Link link) {
        return "site-link-" + link.conduit();
    }

    void show(SiteMap.Link link) {
        String arrow = messages.get("site.arrow." + link.direction().name());
        String name = link.namedByRoute() ? link.conduit()
                : messages.get("site.link.named", link.conduit(), route(link, messages));
        title.setText(messages.get(link.closed() ? "site.link.closedTitle" : "site.link.title", arrow, name));
        tip.setText(messages.get("site.link.tip", route(link, messages), link.firewall()));
        services.setText(link.services().stream()
                .map(s -> s.closed() && !link.closed() ? messages.get("site.service.closed", s.name()) : s.name())
                .collect(Collectors.joining(", ")));
        allowed.setText(messages.get("site.allowed", link.allowed()));
        denied(denied, link.denied(), messages);
        Styles.toggle(this, CLOSED, link.closed());
    }

    /** {@code denied 3}, in the abnormal colour when there are any. */
    static void denied(Label label, long denied, Messages messages) {
        label.setText(messages.get("site.denied", denied));
        Styles.toggle(label, Styles.ABNORMAL, denied > 0);
    }

    /** {@code enterprise → operations}; a source outside every zone said so. */
    static String route(SiteMap.Link link, Messages messages) {
        return messages.get("site.link.route", zone(link.from(), messages), zone(link.to(), messages));
    }

    private static String zone(String name, Messages messages) {
        return name.isEmpty() ? messages.get("site.outside") : name;
    }

    static Label label(String style) {
        return label(style, "");
    }

    static Label label(String style, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        return label;
    }
}
