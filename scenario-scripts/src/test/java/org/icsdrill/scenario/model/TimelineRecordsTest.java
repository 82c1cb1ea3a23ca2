package org.icsdrill.scenario.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The timeline's records refuse what the engine could not play: steps, actions, repeats, tags, hosts. */
class TimelineRecordsTest {

    private static final Trigger AT_ONE_MINUTE = new Trigger.At(Duration.ofMinutes(1));

    @Test
    void aRepeatNeedsAPositiveIntervalAndAtLeastOneFiring() {
        assertThatThrownBy(() -> new Repeat(Duration.ZERO, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repeat interval must be positive: PT0S");
        assertThatThrownBy(() -> new Repeat(Duration.ofSeconds(-5), 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repeat interval must be positive: PT-5S");
        assertThatThrownBy(() -> new Repeat(Duration.ofMinutes(5), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repeat times must be at least 1: 0");
        assertThatThrownBy(() -> new Repeat(null, 1)).isInstanceOf(NullPointerException.class).hasMessage("every");
    }

    @Test
    void aRepeatSpansTheIntervalsBetweenItsFirstAndLastFiring() {
        assertThat(new Repeat(Duration.ofMinutes(5), 3).span()).isEqualTo(Duration.ofMinutes(10));
        assertThat(new Repeat(Duration.ofMinutes(5), 1).span()).isZero();
        assertThat(new Repeat(Duration.ofDays(1), Integer.MAX_VALUE).span())
                .as("no int overflow").isEqualTo(Duration.ofDays(Integer.MAX_VALUE - 1L));
    }

    @Test
    void aStepsIdIsThatOfTheAttackOrFaultItStarts() {
        Action attack = new Action.AttackStart("scan", AttackKind.REMOTE_SYSTEM_DISCOVERY, Parameters.NONE,
                Optional.empty());
        Action fault = new Action.Fault("drift", FaultKind.SENSOR_DRIFT, Parameters.NONE, Optional.empty());

        assertThat(new Step(AT_ONE_MINUTE, attack, Optional.empty()).id()).contains("scan");
        assertThat(new Step(AT_ONE_MINUTE, fault, Optional.empty()).id()).contains("drift");
        assertThat(new Step(AT_ONE_MINUTE, new Action.Stop("scan"), Optional.empty()).id()).isEmpty();
        assertThat(new Step(AT_ONE_MINUTE, new Action.Checkpoint("Discuss"), Optional.empty()).id()).isEmpty();
    }

    @Test
    void aStepNeedsATriggerAnActionAndARepeatOrNone() {
        Action stop = new Action.Stop("scan");

        assertThatThrownBy(() -> new Step(null, stop, Optional.empty())).hasMessage("trigger");
        assertThatThrownBy(() -> new Step(AT_ONE_MINUTE, null, Optional.empty())).hasMessage("action");
        assertThatThrownBy(() -> new Step(AT_ONE_MINUTE, stop, null)).hasMessage("repeat");
        assertThatThrownBy(() -> new Trigger.At(null)).hasMessage("time");
        assertThatThrownBy(() -> new Trigger.When(null, Duration.ZERO, Optional.empty())).hasMessage("condition");
    }

    @Test
    void actionsNeedTheirFieldsAndAnInjectKeepsACopyOfItsQuestions() {
        assertThatThrownBy(() -> new Action.AttackStart(null, AttackKind.REPLAY, Parameters.NONE, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> new Action.AttackStart("a", AttackKind.REPLAY, null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("parameters");
        assertThatThrownBy(() -> new Action.Fault("f", null, Parameters.NONE, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> new Action.Inject(Audience.OPERATOR, null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
        List<String> questions = new ArrayList<>(List.of("Do you close it now?"));
        Action.Inject inject = new Action.Inject(Audience.MANAGER, "The vendor phones", questions);
        questions.add("Whom do you tell?");

        assertThat(inject.questions()).containsExactly("Do you close it now?");
        assertThat(inject.translations()).isEmpty();
        assertThat(new Action.AttackStart("a", AttackKind.MODIFY_PARAMETER, Parameters.NONE, Optional.empty())
                .technique().id()).isEqualTo("T0836");
    }

    @Test
    void aTagRefNeedsAPlaceInItsCatalogAndIsWrittenPlantQualified() {
        assertThatThrownBy(() -> new TagRef("gas", "K101.ST101", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("negative tag index: -1");
        assertThatThrownBy(() -> new TagRef(null, "K101.ST101", 0)).hasMessage("plant");
        assertThat(new TagRef("gas", "K101.ST101", 3).qualifiedName()).isEqualTo("gas.K101.ST101");
        assertThat(new TagRef("gas", "K101.ST101", 3)).hasToString("gas.K101.ST101");
    }

    @Test
    void theHostsAreThreeNamedAddressesOfWhichOneCanBeReplaced() {
        Hosts moved = Hosts.DEFAULT.with("attacker", "127.0.0.99");

        assertThat(Hosts.names()).containsExactly("scada", "engineering", "attacker");
        assertThat(Hosts.DEFAULT.address("scada")).contains("127.0.0.10");
        assertThat(Hosts.DEFAULT.address("engineering")).contains("127.0.0.20");
        assertThat(Hosts.DEFAULT.address("printer")).isEmpty();
        assertThat(moved).isEqualTo(new Hosts("127.0.0.10", "127.0.0.20", "127.0.0.99"));
        assertThat(Hosts.DEFAULT.address("attacker")).as("unchanged").contains("127.0.0.66");
        assertThatThrownBy(() -> Hosts.DEFAULT.with("printer", "127.0.0.5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown host: printer");
        assertThatThrownBy(() -> new Hosts("127.0.0.10", null, "127.0.0.66")).hasMessage("engineering");
    }
}
