package org.icsdrill.ui.site;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.BooleanProperty;
import org.icsdrill.api.SiteView;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.ExerciseSubscriber;
import org.icsdrill.ui.exercise.ExerciseUpdate;

/**
 * The site screen, fed from {@code Exercise.Site} and {@code Exercise.HostEvents}: the zone map of the
 * run's site as it stands (hosts' states, conduits closed, connections counted) and the host panel of
 * the host chosen on it. A run without a site has an empty map.
 */
public final class SiteViewModel implements ExerciseSubscriber {

    private final ObjectProperty<SiteView> site = new SimpleObjectProperty<>(SiteView.NONE);
    private final ObjectProperty<SiteMap> map = new SimpleObjectProperty<>(SiteMap.EMPTY);
    private final BooleanProperty exists = new SimpleBooleanProperty();
    private final HostPanelViewModel panel;

    public SiteViewModel(Messages messages) {
        this.panel = new HostPanelViewModel(messages);
    }

    @Override
    public void apply(ExerciseUpdate update) {
        update.site().ifPresent(next -> {
            site.set(next);
            map.set(SiteMap.of(next));
            exists.set(next.exists());
            panel.site(next);
        });
        update.hostEvents().ifPresent(panel::events);
    }

    /** Shows a host in the host panel, as a click on the map does. */
    public void choose(String host) {
        panel.hostProperty().set(host);
    }

    /** The site as the server last said. */
    public ReadOnlyObjectProperty<SiteView> siteProperty() {
        return site;
    }

    public ReadOnlyObjectProperty<SiteMap> mapProperty() {
        return map;
    }

    /** Whether the run has a site network at all. */
    public ReadOnlyBooleanProperty existsProperty() {
        return exists;
    }

    public HostPanelViewModel panel() {
        return panel;
    }
}
