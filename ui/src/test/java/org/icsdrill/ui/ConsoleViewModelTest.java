package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.ui.SimulatorFixture.await;
import static org.icsdrill.ui.SimulatorFixture.on;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.icsdrill.ui.common.LiveTagViewModel;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.opcua.ConsoleConnection;
import org.icsdrill.ui.opcua.NormalRange;
import org.icsdrill.ui.opcua.PlantInfo;
import org.icsdrill.ui.opcua.TagInfo;
import org.icsdrill.ui.opcua.TagType;
import org.icsdrill.ui.opcua.WriteOutcome;
import org.icsdrill.ui.overview.PlantTileViewModel;
import org.icsdrill.ui.tags.FaceplateViewModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's view models against a live simulator over OPC UA, without a screen. */
class ConsoleViewModelTest {

    @TempDir
    static Path dataDir;

    static SimulatorFixture simulator;
    static ExecutorService ui;
    static ConsoleViewModel console;

    @BeforeAll
    static void start() throws Exception {
        simulator = new SimulatorFixture(dataDir, "chemical");
        ui = SimulatorFixture.uiThread();
        console = new ConsoleViewModel(ConsoleConnection.open(simulator.endpoint.endpointUrl()),
                Messages.load(Locale.ENGLISH), ui);
        console.start();
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
        if (ui != null) {
            ui.shutdownNow();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    /** The exercise state says when plant time 0 was: the trend counts elapsed plant time from it, as the session bar does. */
    @Test
    void theTrendShowsElapsedPlantTimeFromTheExercisesPlantZero() throws Exception {
        simulator.simulation.advance(Duration.ofSeconds(2));
        await("the trend's time base", () -> on(ui, () -> console.trend().timeTitle()).equals("Plant time"));
        double ninetySeconds = simulator.simulation.plantInstant(90).toEpochMilli() / 1000.0;
        assertThat(on(ui, () -> console.trend().clock(ninetySeconds))).isEqualTo("00:01:30");
    }

    @Test
    void browsesThePlantWithUnitsRangesAndAccess() {
        PlantInfo chemical = console.plants().get(0);
        assertThat(chemical.id()).isEqualTo("chemical");

        TagInfo tt101 = chemical.tag("R1.TT101").orElseThrow();
        assertThat(tt101.id()).isEqualTo("chemical.R1.TT101");
        assertThat(tt101.description()).isEqualTo("Reactor temperature");
        assertThat(tt101.unit()).isEqualTo("K");
        assertThat(tt101.low()).isEqualTo(250.0);
        assertThat(tt101.high()).isEqualTo(600.0);
        assertThat(tt101.measurement()).isTrue();
        assertThat(tt101.writable()).isFalse();
        assertThat(tt101.normal()).as("from the node's LowLimit and HighLimit").isEqualTo(NormalRange.between(340, 355));
        NormalRange pt101 = chemical.tag("R1.PT101").orElseThrow().normal();
        assertThat(pt101.low()).as("no low alarm: open below").isNaN();
        assertThat(pt101.high()).isEqualTo(260);
        assertThat(chemical.tag("R1.M101").orElseThrow().normal()).isEqualTo(NormalRange.alarmWhen(false));
        assertThat(chemical.tag("R1.TT102").orElseThrow().normal()).isEqualTo(NormalRange.NONE);

        TagInfo setpoint = chemical.tag("R1.TIC101.SP").orElseThrow();
        assertThat(setpoint.measurement()).isFalse();
        assertThat(setpoint.writable()).isTrue();
        assertThat(chemical.tag("SIS.TRIP").orElseThrow().type()).isEqualTo(TagType.BOOL);
    }

    @Test
    void overviewTileShowsStatusKeyMeasurementsAndFollowsThePlant() throws Exception {
        PlantTileViewModel tile = console.overview().tile("chemical");
        assertThat(tile.keyValues()).extracting(k -> k.name())
                .containsExactly("R1.TT101", "R1.AT101", "R1.LT101", "R1.PT101");
        assertThat(tile.keyValues().get(0).unit()).isEqualTo("K");
        assertThat(tile.keyValues().get(0).range()).isEqualTo("250.0 – 600.0");

        await("status from SIS.TRIP", () -> on(ui, () -> tile.statusProperty().get()).equals("RUNNING"));
        simulator.simulation.advance(Duration.ofSeconds(5));
        String expected = String.format(Locale.ROOT, "%.1f", simulator.value("chemical", "R1.TT101"));
        await("TT101 = " + expected, () -> on(ui, () -> tile.keyValues().get(0).valueProperty().get()).equals(expected));
        assertThat(on(ui, () -> tile.outOfRangeProperty().get())).isZero();
    }

    /** One login per station: the faceplate asks for no user of its own and writes as the session bar's. */
    @Test
    void operatorWritesASetPointThatThePlantAppliesAtTheNextTick() throws Exception {
        FaceplateViewModel faceplate = console.faceplate("chemical");
        TagInfo setpoint = console.plants().get(0).tag("R1.TIC101.SP").orElseThrow();
        Consoles.login(console.exercise().session(), ui, simulator.operator());
        assertThat(on(ui, () -> faceplate.loginHintProperty().get()))
                .isEqualTo("Written as " + simulator.operator().username() + ", this station's login.");
        WriteOutcome outcome = on(ui, () -> {
            faceplate.tagProperty().set(setpoint);
            faceplate.newValueProperty().set("352.5");
            return faceplate.write();
        }).get(10, TimeUnit.SECONDS);

        assertThat(outcome.good()).isTrue();
        assertThat(on(ui, () -> faceplate.resultProperty().get())).startsWith("Accepted: R1.TIC101.SP = 352.5");
        simulator.simulation.step();
        assertThat(simulator.value("chemical", "R1.TIC101.SP")).isEqualTo(352.5);
        await("the table shows the new set point", () -> on(ui,
                () -> console.tagTable("chemical").row("R1.TIC101.SP").valueProperty().get()).equals("352.5"));
    }

    @Test
    void anonymousWriteIsRefusedWithTheServersStatusCode() throws Exception {
        FaceplateViewModel faceplate = new FaceplateViewModel((tag, value) -> consoleWrite(tag, value, "", ""), ui,
                Messages.load(Locale.ENGLISH));
        assertThat(on(ui, () -> faceplate.loginHintProperty().get())).startsWith("Not logged in");
        TagInfo setpoint = console.plants().get(0).tag("R1.TIC101.SP").orElseThrow();
        double before = simulator.value("chemical", "R1.TIC101.SP");

        WriteOutcome outcome = on(ui, () -> {
            faceplate.tagProperty().set(setpoint);
            faceplate.newValueProperty().set("340");
            return faceplate.write();
        }).get(10, TimeUnit.SECONDS);

        assertThat(outcome.status()).isEqualTo("Bad_UserAccessDenied");
        assertThat(on(ui, () -> faceplate.resultProperty().get()))
                .isEqualTo("Refused by the server: this user may not do that (Bad_UserAccessDenied)");
        assertThat(on(ui, () -> faceplate.refusedProperty().get())).isTrue();
        simulator.simulation.step();
        assertThat(simulator.value("chemical", "R1.TIC101.SP")).isEqualTo(before);
    }

    @Test
    void wrongPasswordIsRefusedBeforeAnyWrite() throws Exception {
        TagInfo setpoint = console.plants().get(0).tag("R1.TIC101.SP").orElseThrow();

        WriteOutcome outcome = consoleWrite(setpoint, 345.0, "operator", "not-the-password").get(30, TimeUnit.SECONDS);

        assertThat(outcome.good()).isFalse();
        assertThat(outcome.status()).startsWith("Bad_");
    }

    @Test
    void aValueThatIsNotANumberNeverLeavesTheConsole() throws Exception {
        FaceplateViewModel faceplate = console.faceplate("chemical");
        WriteOutcome outcome = on(ui, () -> {
            faceplate.tagProperty().set(console.plants().get(0).tag("R1.TIC101.SP").orElseThrow());
            faceplate.newValueProperty().set("hot");
            return faceplate.write();
        }).get(1, TimeUnit.SECONDS);

        assertThat(outcome.good()).isFalse();
        assertThat(on(ui, () -> faceplate.resultProperty().get())).isEqualTo("Not a valid value: \"hot\"");
    }

    private static java.util.concurrent.CompletableFuture<WriteOutcome> consoleWrite(TagInfo tag, Object value,
                                                                                    String user, String password) {
        return console.connection().write(tag, value, user, password);
    }
}
