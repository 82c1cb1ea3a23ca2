package org.icsdrill.ui.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.icsdrill.api.ExpectedDetection;
import org.icsdrill.api.ExpectedResponse;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.ResponseRule;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.api.TimelineEntry.Kind;
import org.icsdrill.ui.common.Messages;
import org.junit.jupiter.api.Test;

/**
 * The desk's line per attack in a drill of two attacks, of which only one expects a response: the
 * chemical feed set point, answered by isolating 127.0.0.66, and a reconnaissance of gas that expects
 * none. The desk shows a first response where the report's rule ({@link ResponseRule}) finds one.
 */
class TimelineComparisonViewModelTest {

    static final TimelineEntry FEED = new TimelineEntry(600, Kind.ATTACK_STARTED, "scenario", "chemical",
            "feed-setpoint", "T0855");
    static final TimelineEntry RECON = new TimelineEntry(620, Kind.ATTACK_STARTED, "scenario", "gas", "k101-recon",
            "T0846");
    static final TimelineEntry DECLARED = new TimelineEntry(695, Kind.DECLARATION, "aiko", "chemical", "T0855",
            "R1.FIC101: feed set point went to 190 L/min");
    static final TimelineEntry WRONG_HOST = new TimelineEntry(700, Kind.RESPONSE, "aiko", "", "isolate_host",
            "isolated 127.0.0.1 at every endpoint", "127.0.0.1");
    static final TimelineEntry ISOLATED = new TimelineEntry(745, Kind.RESPONSE, "aiko", "", "isolate_host",
            "isolated 127.0.0.66 at every endpoint", "127.0.0.66");
    static final ResponseRule.Expected ISOLATE = new ResponseRule.Expected(ResponseAction.ISOLATE_HOST, "127.0.0.66");
    static final List<ExpectedDetection> DETECT = List.of(new ExpectedDetection("feed-setpoint", 300, true));
    static final List<ExpectedResponse> RESPOND = List.of(new ExpectedResponse("feed-setpoint", 600, List.of(ISOLATE)));

    final TimelineComparisonViewModel model = new TimelineComparisonViewModel(Messages.load(Locale.ENGLISH));

    @Test
    void onlyTheAttackThatExpectsAResponseHasOneAndItIsTheActionTheRuleAccepts() {
        model.expect(DETECT, RESPOND);
        model.show(List.of(FEED, RECON, DECLARED, WRONG_HOST, ISOLATED));

        AttackRow feed = row("feed-setpoint");
        AttackRow recon = row("k101-recon");
        assertThat(feed.toResponse()).as("745 - 600, not the wrong host at 700").isEqualTo("after 00:02:25");
        assertThat(feed.unanswered()).isFalse();
        assertThat(recon.toResponse()).as("the report counts no response to the scan").isEqualTo("none expected");
        assertThat(recon.unanswered()).as("nothing to look at in its response cell").isFalse();
        assertThat(recon.undeclared()).as("but nobody declared it").isTrue();

        // the same answer as the rule the report applies to the same actions
        List<ResponseRule.Taken> taken = List.of(WRONG_HOST, ISOLATED).stream()
                .map(e -> new ResponseRule.Taken(e.plantTime(), e.what(), e.plant(), e.target())).toList();
        assertThat(ResponseRule.firstResponse(taken, t -> t, FEED.plantTime(), List.of(ISOLATE)))
                .hasValueSatisfying(t -> assertThat(t.plantTime() - FEED.plantTime()).isEqualTo(145));
    }

    @Test
    void anExpectedResponseIsFlaggedWhileNoAcceptedActionHasCome() {
        model.show(List.of(FEED, RECON, DECLARED, WRONG_HOST));
        assertThat(row("feed-setpoint").toResponse()).as("no expectations known yet").isEqualTo("none expected");

        model.expect(DETECT, RESPOND);

        assertThat(row("feed-setpoint").toResponse()).isEqualTo("not yet");
        assertThat(row("feed-setpoint").unanswered()).as("isolating 127.0.0.1 is not the response").isTrue();
        assertThat(row("k101-recon").unanswered()).isFalse();

        model.show(List.of(FEED, RECON, DECLARED, WRONG_HOST, ISOLATED));

        assertThat(row("feed-setpoint").toResponse()).isEqualTo("after 00:02:25");
        assertThat(row("feed-setpoint").unanswered()).isFalse();
    }

    @Test
    void aJapaneseDeskSaysNoResponseIsExpected() {
        TimelineComparisonViewModel japanese = new TimelineComparisonViewModel(Messages.load(Locale.JAPANESE));
        japanese.expect(DETECT, RESPOND);
        japanese.show(List.of(FEED, RECON));

        assertThat(japanese.attacks()).extracting(AttackRow::toResponse).containsExactly("未", "想定なし");
    }

    private AttackRow row(String attack) {
        return model.attacks().stream().filter(r -> r.attack().startsWith(attack)).findFirst().orElseThrow();
    }
}
