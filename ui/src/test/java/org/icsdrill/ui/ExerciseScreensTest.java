package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.SimulatorFixture.await;
import static org.icsdrill.ui.SimulatorFixture.on;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.core.net.ConduitRule;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.net.NetworkZone;
import org.icsdrill.core.opcua.Role;
import org.icsdrill.core.signal.Removable;
import org.icsdrill.ui.RogueHost;
import org.icsdrill.ui.alarms.AlarmRow;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.response.ResponseViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trainee's exercise screens against a live simulator with exercise control: alarms
 * acknowledged and shelved, a declaration recorded, an attacker's writes seen on the network
 * monitor and stopped by isolating its host. The UI executor is a plain thread.
 */
class ExerciseScreensTest extends OperatorScreensTest {

    private static final String ATTACKER = RogueHost.ADDRESS;

    @BeforeAll
    static void connect() throws Exception {
        open("chemical");
    }

    @Test
    void anAlarmRaisedOnTheNetworkViewIsAcknowledgedAndShelved() throws Exception {
        var plant = simulator.simulation.plant("chemical");
        int tt101 = plant.catalog().require("R1.TT101");
        Removable hot = plant.viewLayer().install((view, plc, t) -> view[tt101] = 357);
        try {
            simulator.simulation.step();
            await("TT101 high in the list", () -> on(ui, () -> row("chemical.R1.TT101") != null));
            AlarmRow raised = on(ui, () -> row("chemical.R1.TT101"));
            assertThat(raised.state()).isEqualTo("Unacknowledged");
            assertThat(raised.priority()).isEqualTo("High");
            assertThat(raised.value()).isEqualTo("357.0 K");
            assertThat(raised.limit()).isEqualTo("355.0 K");
            assertThat(raised.handledBy()).isEmpty();

            on(ui, () -> {
                screens.alarms().acknowledge(raised);
                return null;
            });
            await("the server's answer", () -> on(ui, () -> screens.session().lastOutcomeProperty().get())
                    .startsWith("acknowledged"));
            simulator.simulation.step();
            await("acknowledged", () -> on(ui, () -> row("chemical.R1.TT101").state()).equals("Acknowledged"));
            assertThat(on(ui, () -> row("chemical.R1.TT101").handledBy()))
                    .matches("ack by " + simulator.operator().username() + " at \\d\\d:\\d\\d:\\d\\d");

            on(ui, () -> {
                screens.alarms().shelve(row("chemical.R1.TT101"), 10, "transmitter under test");
                return null;
            });
            await("shelved", () -> on(ui, () -> screens.session().lastOutcomeProperty().get()).startsWith("shelved"));
            simulator.simulation.step();
            await("gone from the list", () -> on(ui, () -> row("chemical.R1.TT101") == null));
            assertThat(simulator.exercise.timeline()).anySatisfy(e -> assertThat(e.detail())
                    .contains("transmitter under test"));
            on(ui, () -> {
                screens.alarms().showShelvedProperty().set(true);
                return null;
            });
            assertThat(on(ui, () -> row("chemical.R1.TT101").handledBy()))
                    .contains("shelved by " + simulator.operator().username());
        } finally {
            on(ui, () -> {
                screens.alarms().showShelvedProperty().set(false);
                return null;
            });
            hot.remove();
        }
    }

    /** The server keeps urgent and safety alarms off a trainee's shelf; the instructor may shelve them. */
    @Test
    void onlyTheInstructorShelvesTheSafetySystemsTrip() throws Exception {
        var plant = simulator.simulation.plant("chemical");
        int trip = plant.catalog().require("SIS.TRIP");
        Removable tripped = plant.viewLayer().install((view, plc, t) -> view[trip] = 1);
        try (DrillConsole instructor = DrillConsole.open(simulator, ui)
                .start(ui, simulator.user("ines", Role.INSTRUCTOR))) {
            simulator.simulation.step();
            await("the SIS trip in the list", () -> on(ui, () -> row("chemical.SIS.TRIP") != null));

            on(ui, () -> {
                screens.alarms().shelve(row("chemical.SIS.TRIP"), 10, "nuisance");
                return null;
            });
            await("refused", () -> on(ui, () -> screens.session().lastOutcomeProperty().get())
                    .equals("chemical.SIS.TRIP is an urgent or safety alarm: only the instructor may shelve it"));
            assertThat(on(ui, () -> screens.session().lastAcceptedProperty().get())).isFalse();
            simulator.simulation.step();
            assertThat(plant.view().alarms()).filteredOn(a -> a.tag().equals("SIS.TRIP"))
                    .singleElement().satisfies(a -> assertThat(a.shelved()).isFalse());

            await("the instructor's list has it", () -> on(ui, () -> instructor.screens().alarms().rows().stream()
                    .anyMatch(r -> r.tagId().equals("chemical.SIS.TRIP"))));
            on(ui, () -> {
                instructor.screens().alarms().shelve(instructor.screens().alarms().rows().stream()
                        .filter(r -> r.tagId().equals("chemical.SIS.TRIP")).findFirst().orElseThrow(), 5,
                        "shown to the trainees, set aside for the debrief");
                return null;
            });
            await("accepted", () -> on(ui, () -> instructor.session().lastOutcomeProperty().get())
                    .startsWith("shelved chemical.SIS.TRIP"));
        } finally {
            tripped.remove();
        }
    }

    @Test
    void aDeclarationIsRecordedWithTheTraineesName() throws Exception {
        var response = screens.response();
        on(ui, () -> {
            response.declarationPlantProperty().set("chemical");
            response.techniqueProperty().set(response.techniques().stream()
                    .filter(t -> t.id().equals("T0836")).findFirst().orElseThrow());
            response.assetsProperty().set("R1.TIC101");
            response.textProperty().set("the set point changed by itself");
            response.declare();
            return null;
        });

        await("declared", () -> on(ui, () -> response.outcomeProperty().get()).startsWith("Done"));
        assertThat(simulator.exercise.timeline()).anySatisfy(e -> {
            assertThat(e.user()).isEqualTo(simulator.operator().username());
            assertThat(e.what()).isEqualTo("T0836");
        });
        await("in the log", () -> on(ui, () -> response.log().stream().anyMatch(l -> l.contains("T0836"))));
    }

    @Test
    void isolatingTheAttackerStopsItsWritesReachingThePlant() throws Exception {
        // a rogue host with stolen operator credentials writes the reactor temperature set point
        assertThat(RogueHost.write(simulator, "chemical", "R1.TIC101.SP", 359.0).isGood()).isTrue();
        simulator.simulation.step();
        assertThat(simulator.value("chemical", "R1.TIC101.SP")).isEqualTo(359.0);
        var network = screens.network();
        await("the rogue write on the monitor", () -> on(ui, () -> network.shown().stream()
                .anyMatch(r -> r.flagged() && r.item().write() && r.item().source().startsWith(ATTACKER))));

        on(ui, () -> {
            screens.response().isolate(ATTACKER);
            return null;
        });
        await("isolated", () -> on(ui, () -> screens.response().outcomeProperty().get()).startsWith("Done"));

        boolean refused;
        try {
            refused = !RogueHost.write(simulator, "chemical", "R1.TIC101.SP", 362.0).isGood();
        } catch (Exception e) {
            refused = true; // the connection is cut before the session opens
        }
        simulator.simulation.advance(Duration.ofSeconds(1));
        assertThat(refused).isTrue();
        assertThat(simulator.value("chemical", "R1.TIC101.SP")).isEqualTo(359.0);
        assertThat(simulator.policy.isolatedHosts()).contains(ATTACKER);
        assertThat(screens.response().actionProperty().get()).isEqualTo(ResponseAction.ISOLATE_HOST);
    }

    /** On a site whose DMZ the enterprise reaches over HTTPS and RDP; the consoles are in operations. */
    @Test
    void closingOneServiceOfAConduitFromTheResponseScreen() throws Exception {
        Firewall site = Firewall.of(List.of(new NetworkZone("operations", "127.0.0.0/24"),
                        new NetworkZone("enterprise", "127.0.40.0/24"), new NetworkZone("dmz", "127.0.35.0/24")),
                List.of(new ConduitRule("enterprise-dmz", "enterprise", "dmz", "https", 443, "fw-dmz"),
                        new ConduitRule("enterprise-dmz", "enterprise", "dmz", "rdp", 3389, "fw-dmz")),
                simulator.simulation::plantTimeSeconds);
        simulator.policy.useFirewall(site);
        var response = screens.response();
        try {
            assertThat(response.actions()).contains(ResponseAction.CLOSE_CONDUIT);
            assertThat(ResponseViewModel.needsPlant(ResponseAction.CLOSE_CONDUIT)).as("the plant field is off").isFalse();
            assertThat(response.targetHint(ResponseAction.CLOSE_CONDUIT))
                    .isEqualTo("conduit [service], e.g. enterprise-dmz or enterprise-dmz rdp/3389");
            assertThat(new ResponseViewModel(screens.session(), Messages.load(Locale.JAPANESE), List.of("chemical"))
                    .targetHint(ResponseAction.CLOSE_CONDUIT)).isEqualTo(
                            "コンジット [サービス]（例: enterprise-dmz、enterprise-dmz rdp/3389）");

            on(ui, () -> {
                response.actionProperty().set(ResponseAction.CLOSE_CONDUIT);
                response.targetProperty().set(" enterprise-dmz rdp/3389 ");
                response.respond();
                return null;
            });
            await("closed", () -> on(ui, () -> response.outcomeProperty().get()).equals("Done: closed rdp/3389 on"
                    + " conduit enterprise-dmz: its connections are cut, the conduit's other services stay open"));
            assertThat(site.permits("127.0.40.11:50000", "127.0.35.20", 3389, "rdp")).isFalse();
            assertThat(site.permits("127.0.40.11:50000", "127.0.35.10", 443, "https")).isTrue();
            assertThat(simulator.exercise.timeline()).anySatisfy(e -> {
                assertThat(e.what()).isEqualTo("close_conduit");
                assertThat(e.plant()).as("no plant sent").isEmpty();
                assertThat(e.target()).isEqualTo("enterprise-dmz rdp/3389");
            });

            on(ui, () -> {
                response.targetProperty().set("enterprise-ot");
                response.respond();
                return null;
            });
            await("refused", () -> on(ui, () -> response.outcomeProperty().get())
                    .equals("Refused: no conduit 'enterprise-ot' on this site; its conduits: enterprise-dmz"));
        } finally {
            simulator.policy.useFirewall(Firewall.open());
        }
    }

    private static AlarmRow row(String tagId) {
        return screens.alarms().rows().stream().filter(r -> r.tagId().equals(tagId)).findFirst().orElse(null);
    }
}
