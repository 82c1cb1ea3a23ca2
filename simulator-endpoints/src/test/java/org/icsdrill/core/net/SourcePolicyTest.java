package org.icsdrill.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcePolicyTest {

    private final SourcePolicy policy = new SourcePolicy();

    @Test
    void anAttackEndingNeverLiftsATraineesBlockNorTheReverse() {
        policy.blockCommands(SourcePolicy.Origin.RESPONSE, "127.0.0.66");
        policy.blockCommands(SourcePolicy.Origin.ATTACK, "127.0.0.66");

        policy.unblockCommands(SourcePolicy.Origin.ATTACK, "127.0.0.66");
        assertThat(policy.judge("127.0.0.66", true)).isEqualTo(SourcePolicy.Verdict.DROP_WRITE);

        policy.blockCommands(SourcePolicy.Origin.ATTACK, "127.0.0.66");
        policy.unblockCommands(SourcePolicy.Origin.RESPONSE, "127.0.0.66");
        assertThat(policy.judge("127.0.0.66", true)).isEqualTo(SourcePolicy.Verdict.DROP_WRITE);

        policy.unblockCommands(SourcePolicy.Origin.ATTACK, "127.0.0.66");
        assertThat(policy.judge("127.0.0.66", true)).isEqualTo(SourcePolicy.Verdict.SERVE);
    }

    @Test
    void aBlockOfEveryoneCoversEachHostAndOnlyItsDirection() {
        policy.blockReports(SourcePolicy.Origin.ATTACK, SourcePolicy.ANY);

        assertThat(policy.judge("127.0.0.10", false)).isEqualTo(SourcePolicy.Verdict.WITHHOLD_RESPONSE);
        assertThat(policy.judge("127.0.0.10", true)).isEqualTo(SourcePolicy.Verdict.SERVE);
        assertThat(policy.reportsBlocked("127.0.0.20")).isTrue();
        assertThat(policy.commandsBlocked("127.0.0.20")).isFalse();
    }

    @Test
    void isolationOutranksEveryBlockAndTellsTheEndpointsToCut() {
        List<String> cut = new ArrayList<>();
        policy.addListener(new SourcePolicy.Listener() {
            @Override
            public void isolated(String host) {
                cut.add("host " + host);
            }

            @Override
            public void linkDown(String plant) {
                cut.add("plant " + plant);
            }
        });
        policy.blockReports(SourcePolicy.Origin.ATTACK, "127.0.0.66");
        policy.isolate("127.0.0.66");
        policy.linkDown("gas");

        assertThat(policy.judge("127.0.0.66", false)).isEqualTo(SourcePolicy.Verdict.REFUSE);
        assertThat(cut).containsExactly("host 127.0.0.66", "plant gas");
    }
}
