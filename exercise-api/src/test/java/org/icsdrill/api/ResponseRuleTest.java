package org.icsdrill.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icsdrill.api.ResponseAction.BLOCK_TRAFFIC;
import static org.icsdrill.api.ResponseAction.CLOSE_CONDUIT;
import static org.icsdrill.api.ResponseAction.ESCALATE;
import static org.icsdrill.api.ResponseAction.ISOLATE_HOST;
import static org.icsdrill.api.ResponseAction.RESTORE_PARAMETERS;
import static org.icsdrill.api.ResponseAction.SWITCH_TO_MANUAL;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one rule of the first response that the desk and the report share (docs/scoring.md). */
class ResponseRuleTest {

    private static final ResponseRule.Expected ISOLATE = new ResponseRule.Expected(ISOLATE_HOST, "127.0.0.66");
    private static final ResponseRule.Expected RESTORE = new ResponseRule.Expected(RESTORE_PARAMETERS, "chemical");
    private static final ResponseRule.Expected MANUAL = new ResponseRule.Expected(SWITCH_TO_MANUAL,
            "chemical.R1.FIC101.AUTO");

    @Test
    void theExpectedActionAimedAtTheExpectedTargetIsAccepted() {
        assertThat(ResponseRule.accepts(ISOLATE, taken(0, "isolate_host", "", "127.0.0.66"))).isTrue();
        assertThat(ResponseRule.accepts(ISOLATE, taken(0, "ISOLATE_HOST", "gas", " 127.0.0.66 ")))
                .as("the name in any case, the plant argument ignored, spaces trimmed").isTrue();
        assertThat(ResponseRule.accepts(RESTORE, taken(0, "restore_parameters", "chemical", ""))).isTrue();
        assertThat(ResponseRule.accepts(RESTORE, taken(0, "restore_parameters", "", "chemical")))
                .as("a plant given as the target").isTrue();
        assertThat(ResponseRule.accepts(MANUAL, taken(0, "switch_to_manual", "chemical", "R1.FIC101.AUTO")))
                .as("a switch as the console names it within its plant").isTrue();
        assertThat(ResponseRule.accepts(new ResponseRule.Expected(ESCALATE, "csirt"), taken(0, "escalate", "", "CSIRT")))
                .isTrue();
    }

    @Test
    void theWrongActionOrTheWrongTargetIsRefused() {
        assertThat(ResponseRule.accepts(ISOLATE, taken(0, "block_traffic", "", "127.0.0.66"))).as("action").isFalse();
        assertThat(ResponseRule.accepts(ISOLATE, taken(0, "isolate_host", "", "127.0.0.1"))).as("host").isFalse();
        assertThat(ResponseRule.accepts(RESTORE, taken(0, "restore_parameters", "gas", ""))).as("plant").isFalse();
        assertThat(ResponseRule.accepts(RESTORE, taken(0, "restore_parameters", "gas", "chemical")))
                .as("the plant argument wins over the target").isFalse();
        assertThat(ResponseRule.accepts(MANUAL, taken(0, "switch_to_manual", "chemical", "R1.TIC101.AUTO")))
                .as("another loop").isFalse();
        assertThat(ResponseRule.accepts(MANUAL, taken(0, "switch_to_manual", "gas", "R1.FIC101.AUTO")))
                .as("the same switch on another plant").isFalse();
        assertThat(ResponseRule.accepts(new ResponseRule.Expected(ISOLATE_HOST, ""), taken(0, "isolate_host", "", "x")))
                .as("no target expected: any target").isTrue();
        assertThat(ResponseRule.accepts(new ResponseRule.Expected(ISOLATE_HOST, ""), taken(0, "reboot", "", "x")))
                .as("a name no one knows").isFalse();
    }

    @Test
    void aConduitIsMatchedExactlyWithItsServiceWhenOneIsExpected() {
        ResponseRule.Expected conduit = new ResponseRule.Expected(CLOSE_CONDUIT, "enterprise-dmz");
        ResponseRule.Expected rdp = new ResponseRule.Expected(CLOSE_CONDUIT, "enterprise-dmz rdp/3389");

        assertThat(ResponseRule.accepts(conduit, taken(0, "close_conduit", "", " enterprise-dmz "))).isTrue();
        assertThat(ResponseRule.accepts(rdp, taken(0, "close_conduit", "gas", "enterprise-dmz  \trdp/3389")))
                .as("the spaces between the two as one, the plant argument ignored").isTrue();
        assertThat(ResponseRule.accepts(conduit, taken(0, "close_conduit", "", "enterprise-dmz rdp/3389")))
                .as("one service is not the whole conduit").isFalse();
        assertThat(ResponseRule.accepts(rdp, taken(0, "close_conduit", "", "enterprise-dmz")))
                .as("nor the whole conduit one service").isFalse();
        assertThat(ResponseRule.accepts(rdp, taken(0, "close_conduit", "", "enterprise-dmz https/443"))).isFalse();
        assertThat(ResponseRule.accepts(conduit, taken(0, "close_conduit", "", "Enterprise-DMZ")))
                .as("names are matched exactly").isFalse();
        assertThat(ResponseRule.accepts(conduit, taken(0, "isolate_host", "", "enterprise-dmz"))).isFalse();
    }

    @Test
    void theFirstAcceptedActionAtOrAfterTheStartIsTheResponse() {
        List<ResponseRule.Taken> actions = List.of(
                taken(180, "isolate_host", "", "127.0.0.66"),
                taken(90, "isolate_host", "", "127.0.0.66"), // before the attack's start
                taken(130, "isolate_host", "", "127.0.0.1"),
                taken(140, "block_traffic", "", "127.0.0.66"),
                taken(150, "restore_parameters", "chemical", ""),
                taken(100, "escalate", "", "csirt"));

        assertThat(ResponseRule.answers(actions.get(1), 100, List.of(ISOLATE))).as("before the start").isFalse();
        assertThat(ResponseRule.answers(taken(100, "isolate_host", "", "127.0.0.66"), 100, List.of(ISOLATE)))
                .as("at the start").isTrue();
        assertThat(ResponseRule.firstResponse(actions, a -> a, 100, List.of(ISOLATE)))
                .hasValueSatisfying(a -> assertThat(a.plantTime()).isEqualTo(180));
        assertThat(ResponseRule.firstResponse(actions, a -> a, 100, List.of(ISOLATE, RESTORE)))
                .as("one of several").hasValueSatisfying(a -> assertThat(a.plantTime()).isEqualTo(150));
        assertThat(ResponseRule.firstResponse(actions, a -> a, 100, List.of()))
                .as("none named: any action (records of format 2)")
                .hasValueSatisfying(a -> assertThat(a.target()).isEqualTo("csirt"));
        assertThat(ResponseRule.firstResponse(actions, a -> a, 200, List.of(ISOLATE))).as("all before").isEmpty();
    }

    @Test
    void everyActionIsAimedAtAHostAConduitAnAccountAPlantALoopOrSomeone() {
        assertThat(Arrays.stream(ResponseAction.values()).map(ResponseRule::aimOf)).containsExactly(
                ResponseRule.Aim.HOST, ResponseRule.Aim.HOST, ResponseRule.Aim.CONDUIT, ResponseRule.Aim.CONDUIT,
                ResponseRule.Aim.SITE_HOST, ResponseRule.Aim.ACCOUNT, ResponseRule.Aim.ACCOUNT,
                ResponseRule.Aim.PLANT, ResponseRule.Aim.PLANT,
                ResponseRule.Aim.LOOP, ResponseRule.Aim.PLANT, ResponseRule.Aim.PLANT, ResponseRule.Aim.WHOM);
        assertThat(new ResponseRule.Taken(5, BLOCK_TRAFFIC, null, null))
                .isEqualTo(new ResponseRule.Taken(5, "BLOCK_TRAFFIC", "", ""));
    }

    private static ResponseRule.Taken taken(double time, String action, String plant, String target) {
        return new ResponseRule.Taken(time, action, plant, target);
    }

    @Test
    void aSiteHostAndAnAccountAreMatchedByTheirNamesExactly() {
        ResponseRule.Expected quarantine = new ResponseRule.Expected(ResponseAction.QUARANTINE_HOST, "office-pc-1");
        assertThat(ResponseRule.accepts(quarantine, new ResponseRule.Taken(1, "quarantine_host", "", " office-pc-1 ")))
                .isTrue();
        assertThat(ResponseRule.accepts(quarantine, new ResponseRule.Taken(1, "quarantine_host", "", "office-pc-2")))
                .isFalse();
        ResponseRule.Expected disable = new ResponseRule.Expected(ResponseAction.DISABLE_ACCOUNT, "vendor-support");
        assertThat(ResponseRule.accepts(disable, new ResponseRule.Taken(1, "disable_account", "", "vendor-support")))
                .isTrue();
        assertThat(ResponseRule.accepts(disable, new ResponseRule.Taken(1, "reset_credential", "", "vendor-support")))
                .as("resetting the password is not disabling the account").isFalse();
    }
}
