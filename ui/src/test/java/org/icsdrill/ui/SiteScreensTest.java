package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.SimulatorFixture.await;
import static org.icsdrill.ui.SimulatorFixture.on;

import java.util.List;
import org.icsdrill.api.HostEventAction;
import org.icsdrill.api.HostState;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.SiteView;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.core.site.SiteState;
import org.icsdrill.ui.network.NetworkMonitorViewModel;
import org.icsdrill.ui.network.TrafficRow;
import org.icsdrill.ui.site.HostEventRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The site screen, the network monitor's zone filter and the site's response actions against a live
 * simulator running on the reference site: the map follows the server's hosts, the host panel its
 * event log. The UI executor is a plain thread.
 */
class SiteScreensTest extends OperatorScreensTest {

    /** office-pc-2, in the enterprise zone. */
    private static final String OFFICE = "127.0.40.12";

    static SiteState site;

    @BeforeAll
    static void connect() throws Exception {
        open("chemical");
        site = ReferenceSite.install(simulator);
        await("the site on the console", () -> on(ui, () -> screens.site().existsProperty().get()));
    }

    @Test
    void theMapShowsAHostQuarantinedOnTheServer() throws Exception {
        assertThat(on(ui, () -> mapHost("office-pc-1").state())).isEqualTo(HostState.CLEAN);

        site.hosts().quarantine("office-pc-1");

        await("quarantined on the map", () -> on(ui, () -> mapHost("office-pc-1").state()) == HostState.QUARANTINED);
        assertThat(on(ui, () -> mapHost("office-pc-2").state())).isEqualTo(HostState.CLEAN);
    }

    @Test
    void theHostPanelListsAnEventTheHostLogged() throws Exception {
        on(ui, () -> {
            screens.site().choose("jump-host");
            return null;
        });
        site.events().log(HostEventLog.Entry.of("jump-host", HostEventAction.LOGON, false, "unknown user name or bad"
                + " password").by("vendor-support").to("127.0.35.20", 3389, "rdp"));

        await("the logon in the panel", () -> on(ui, () -> !screens.site().panel().events().isEmpty()));
        HostEventRow row = on(ui, () -> screens.site().panel().events().get(0));
        assertThat(row.action()).isEqualTo("Logon");
        assertThat(row.failed()).isTrue();
        assertThat(row.user()).isEqualTo("vendor-support");
        assertThat(row.destination()).isEqualTo("127.0.35.20:3389 (rdp)");
        assertThat(on(ui, () -> screens.site().panel().zoneProperty().get())).isEqualTo("dmz");
    }

    @Test
    void theZoneFilterKeepsTheRequestsFromOrToThatZone() throws Exception {
        NetworkMonitorViewModel network = screens.network();
        assertThat(on(ui, () -> network.onSiteProperty().get())).isTrue();
        assertThat(on(ui, () -> List.copyOf(network.zones()))).contains(NetworkMonitorViewModel.ANY, "enterprise",
                "dmz", "control-chemical");
        RogueHost.read(simulator, OFFICE, "chemical", "R1.TT101", 3);
        RogueHost.read(simulator, "127.0.0.10", "chemical", "R1.TT101", 5);
        await("both hosts' requests", () -> on(ui, () -> from(network.shown(), OFFICE) == 3
                && from(network.shown(), "127.0.0.10") == 5));

        on(ui, () -> {
            network.zoneProperty().set("enterprise");
            return null;
        });
        await("the enterprise's requests", () -> on(ui, () -> !network.busyProperty().get()));
        List<TrafficRow> enterprise = on(ui, () -> List.copyOf(network.shown()));
        assertThat(enterprise).hasSize(3).allSatisfy(r -> assertThat(r.item().sourceHost()).isEqualTo(OFFICE));

        on(ui, () -> {
            network.zoneProperty().set("dmz");
            return null;
        });
        await("the DMZ's requests", () -> on(ui, () -> !network.busyProperty().get()));
        assertThat(on(ui, () -> List.copyOf(network.shown()))).as("none from or to the DMZ").isEmpty();

        on(ui, () -> {
            network.zoneProperty().set(NetworkMonitorViewModel.ANY);
            return null;
        });
        await("all again", () -> on(ui, () -> from(network.shown(), "127.0.0.10") == 5));
    }

    @Test
    void aSiteHostIsQuarantinedAndAnAccountDisabledFromTheResponseForm() throws Exception {
        var response = screens.response();
        on(ui, () -> {
            response.actionProperty().set(ResponseAction.QUARANTINE_HOST);
            return null;
        });
        assertThat(on(ui, () -> List.copyOf(response.targets()))).contains("jump-host", "engineering")
                .doesNotContain("chemical-plc", "chemical-sis");
        on(ui, () -> {
            response.targetProperty().set("engineering");
            response.respond();
            return null;
        });
        await("quarantined", () -> site.hosts().state("engineering") == HostState.QUARANTINED);
        await("not offered again", () -> on(ui, () -> !response.targets().contains("engineering")));

        on(ui, () -> {
            response.actionProperty().set(ResponseAction.DISABLE_ACCOUNT);
            response.targetProperty().set("vendor-support");
            response.respond();
            return null;
        });
        await("disabled", () -> !site.hosts().enabled("vendor-support"));
        await("the answer", () -> on(ui, () -> response.outcomeProperty().get()).startsWith("Done"));
        assertThat(simulator.exercise.timeline()).anySatisfy(e -> {
            assertThat(e.what()).isEqualTo("disable_account");
            assertThat(e.plant()).as("no plant sent").isEmpty();
        });
    }

    private static SiteView.Host mapHost(String name) {
        return screens.site().mapProperty().get().rows().stream().flatMap(r -> r.zones().stream())
                .flatMap(z -> z.hosts().stream()).filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    private static long from(List<TrafficRow> rows, String host) {
        return rows.stream().filter(r -> r.item().sourceHost().equals(host)).count();
    }
}
