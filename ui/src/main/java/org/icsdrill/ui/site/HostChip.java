package org.icsdrill.ui.site;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.icsdrill.api.HostState;
import org.icsdrill.api.SiteView;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;

/**
 * A host on the zone map: its name and address, and under them its state when it is not clean, in words
 * with a mark (⚠ compromised, ■ quarantined) as well as in a colour, so that the state reads without
 * colour. A click shows it in the host panel.
 */
final class HostChip extends Button {

    static final String QUARANTINED = "quarantined";
    static final String CHOSEN = "chosen";

    private final Messages messages;
    private final Label name = new Label();
    private final Label address = new Label();
    private final Label state = new Label();

    HostChip(SiteView.Host host, Messages messages, Runnable choose) {
        this.messages = messages;
        setId(nodeId(host.name()));
        getStyleClass().add("site-host");
        name.getStyleClass().add("site-host-name");
        address.getStyleClass().add("site-host-address");
        state.getStyleClass().add("site-host-state");
        state.managedProperty().bind(state.visibleProperty());
        setGraphic(new VBox(new HBox(4, name, address), state));
        setMinWidth(USE_PREF_SIZE); // a host's name is never cut short: the zone's hosts wrap instead
        setOnAction(e -> choose.run());
        show(host);
    }

    static String nodeId(String host) {
        return "site-host-" + host;
    }

    void show(SiteView.Host host) {
        name.setText(host.name());
        address.setText(host.address());
        boolean clean = host.state() == HostState.CLEAN;
        state.setText(clean ? "" : messages.get("site.mark." + host.state().name(),
                messages.get("site.state." + host.state().name())));
        state.setVisible(!clean);
        setAccessibleText(clean ? host.name() + " " + host.address()
                : host.name() + " " + host.address() + " " + state.getText());
        Styles.toggle(this, Styles.ABNORMAL, host.state() == HostState.COMPROMISED);
        Styles.toggle(this, QUARANTINED, host.state() == HostState.QUARANTINED);
    }

    void chosen(boolean chosen) {
        Styles.toggle(this, CHOSEN, chosen);
    }
}
