package org.icsdrill.scenario.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.icsdrill.api.ResponseAction.BLOCK_TRAFFIC;
import static org.icsdrill.api.ResponseAction.CLOSE_CONDUIT;
import static org.icsdrill.api.ResponseAction.EMERGENCY_SHUTDOWN;
import static org.icsdrill.api.ResponseAction.ESCALATE;
import static org.icsdrill.api.ResponseAction.ISOLATE_HOST;
import static org.icsdrill.api.ResponseAction.RESET_SAFETY_SYSTEM;
import static org.icsdrill.api.ResponseAction.RESTORE_PARAMETERS;
import static org.icsdrill.api.ResponseAction.RESTORE_PROGRAM;
import static org.icsdrill.api.ResponseAction.SWITCH_TO_MANUAL;

import java.util.Arrays;
import org.icsdrill.api.ResponseAction;
import org.junit.jupiter.api.Test;

/** An expected response and whether a response taken is it: the scorer's match, aim by aim. */
class ExpectedActionTest {

    @Test
    void anActionIsRequiredAndItsTargetIsTrimmedAndNullMeansAny() {
        assertThatThrownBy(() -> new ExpectedAction(null, "gas")).isInstanceOf(NullPointerException.class)
                .hasMessage("action");
        assertThat(new ExpectedAction(ISOLATE_HOST, "  127.0.0.66 \n").target()).isEqualTo("127.0.0.66");
        assertThat(new ExpectedAction(ISOLATE_HOST, null)).isEqualTo(new ExpectedAction(ISOLATE_HOST, ""));
        assertThat(new ExpectedAction(ISOLATE_HOST, " ").anyTarget()).isTrue();
        assertThat(new ExpectedAction(ISOLATE_HOST, "127.0.0.66").anyTarget()).isFalse();
    }

    @Test
    void everyActionIsAimedAtAHostAConduitAPlantALoopOrSomeone() {
        assertThat(Arrays.stream(ResponseAction.values()).map(ExpectedAction::aimOf)).containsExactly(
                ExpectedAction.Aim.HOST, // isolate_host
                ExpectedAction.Aim.HOST, // block_traffic
                ExpectedAction.Aim.CONDUIT, // close_conduit
                ExpectedAction.Aim.CONDUIT, // reopen_conduit
                ExpectedAction.Aim.SITE_HOST, // quarantine_host
                ExpectedAction.Aim.ACCOUNT, // disable_account
                ExpectedAction.Aim.ACCOUNT, // reset_credential
                ExpectedAction.Aim.PLANT, // restore_program
                ExpectedAction.Aim.PLANT, // restore_parameters
                ExpectedAction.Aim.LOOP, // switch_to_manual
                ExpectedAction.Aim.PLANT, // emergency_shutdown
                ExpectedAction.Aim.PLANT, // reset_safety_system
                ExpectedAction.Aim.WHOM); // escalate
        assertThat(Arrays.stream(ExpectedAction.Aim.values()).map(ExpectedAction.Aim::key))
                .containsExactly("host", "plant", "tag", "to", "conduit", "host", "account");
    }

    @Test
    void aHostOrWhomIsMatchedExactlyAndThePlantArgumentIsIgnored() {
        ExpectedAction isolate = new ExpectedAction(ISOLATE_HOST, "127.0.0.66");
        ExpectedAction escalate = new ExpectedAction(ESCALATE, "csirt");

        assertThat(isolate.matches(ISOLATE_HOST, "", "127.0.0.66")).isTrue();
        assertThat(isolate.matches(ISOLATE_HOST, "gas", " 127.0.0.66 ")).isTrue();
        assertThat(isolate.matches(ISOLATE_HOST, "", "127.0.0.6")).isFalse();
        assertThat(isolate.matches(BLOCK_TRAFFIC, "", "127.0.0.66")).as("another action").isFalse();
        assertThat(escalate.matches(ESCALATE, null, "csirt")).isTrue();
        assertThat(escalate.matches(ESCALATE, null, " CSIRT ")).isTrue();
        assertThat(escalate.matches(ESCALATE, null, "vendor")).isFalse();
        assertThat(escalate.matches(ESCALATE, null, null)).isFalse();
    }

    @Test
    void aPlantIsTakenFromThePlantArgumentOrElseFromTheTarget() {
        ExpectedAction restore = new ExpectedAction(RESTORE_PROGRAM, "gas");

        assertThat(restore.matches(RESTORE_PROGRAM, "gas", "")).isTrue();
        assertThat(restore.matches(RESTORE_PROGRAM, "", "gas")).isTrue();
        assertThat(restore.matches(RESTORE_PROGRAM, null, "gas")).isTrue();
        assertThat(restore.matches(RESTORE_PROGRAM, "chemical", "gas")).as("the plant argument wins").isFalse();
        assertThat(restore.matches(RESTORE_PARAMETERS, "gas", "")).isFalse();
        assertThat(new ExpectedAction(EMERGENCY_SHUTDOWN, "power").matches(EMERGENCY_SHUTDOWN, "power", "x")).isTrue();
        assertThat(new ExpectedAction(RESET_SAFETY_SYSTEM, "power").matches(RESET_SAFETY_SYSTEM, "gas", "")).isFalse();
    }

    @Test
    void aLoopIsMatchedQualifiedOrAsTheConsoleNamesItWithinItsPlant() {
        ExpectedAction manual = new ExpectedAction(SWITCH_TO_MANUAL, "chemical.R1.FIC101.AUTO");

        assertThat(manual.matches(SWITCH_TO_MANUAL, "chemical", "R1.FIC101.AUTO")).isTrue();
        assertThat(manual.matches(SWITCH_TO_MANUAL, "", "chemical.R1.FIC101.AUTO")).isTrue();
        assertThat(manual.matches(SWITCH_TO_MANUAL, "gas", "R1.FIC101.AUTO")).isFalse();
        assertThat(manual.matches(SWITCH_TO_MANUAL, "chemical", "R1.TIC101.AUTO")).isFalse();
    }

    @Test
    void anyTargetMatchesEveryTargetOfTheSameActionOnly() {
        ExpectedAction any = new ExpectedAction(ISOLATE_HOST, "");

        assertThat(any.matches(ISOLATE_HOST, "", "127.0.0.99")).isTrue();
        assertThat(any.matches(ISOLATE_HOST, null, null)).isTrue();
        assertThat(any.matches(RESTORE_PROGRAM, "gas", "")).isFalse();
    }

    @Test
    void theExerciseApiArgumentsSplitALoopIntoPlantAndSwitch() {
        ExpectedAction manual = new ExpectedAction(SWITCH_TO_MANUAL, "chemical.R1.FIC101.AUTO");
        ExpectedAction restore = new ExpectedAction(RESTORE_PARAMETERS, "gas");
        ExpectedAction isolate = new ExpectedAction(ISOLATE_HOST, "127.0.0.66");
        ExpectedAction rdp = new ExpectedAction(CLOSE_CONDUIT, "enterprise-dmz rdp/3389");

        assertThat(manual.plantArgument()).isEqualTo("chemical");
        assertThat(manual.targetArgument()).isEqualTo("R1.FIC101.AUTO");
        assertThat(restore.plantArgument()).isEqualTo("gas");
        assertThat(restore.targetArgument()).isEmpty();
        assertThat(isolate.plantArgument()).isEmpty();
        assertThat(isolate.targetArgument()).isEqualTo("127.0.0.66");
        assertThat(rdp.plantArgument()).isEmpty();
        assertThat(rdp.targetArgument()).isEqualTo("enterprise-dmz rdp/3389");
        // what the arguments name is matched back
        assertThat(manual.matches(SWITCH_TO_MANUAL, manual.plantArgument(), manual.targetArgument())).isTrue();
        assertThat(restore.matches(RESTORE_PARAMETERS, restore.plantArgument(), restore.targetArgument())).isTrue();
        assertThat(rdp.matches(CLOSE_CONDUIT, rdp.plantArgument(), rdp.targetArgument())).isTrue();
    }

    @Test
    void itIsWrittenAsTheActionsFileNameThenItsTarget() {
        assertThat(new ExpectedAction(ISOLATE_HOST, "127.0.0.66")).hasToString("isolate_host 127.0.0.66");
        assertThat(new ExpectedAction(RESET_SAFETY_SYSTEM, "")).hasToString("reset_safety_system");
        assertThat(new ExpectedAction(SWITCH_TO_MANUAL, "x").actionName()).isEqualTo("switch_to_manual");
    }
}
