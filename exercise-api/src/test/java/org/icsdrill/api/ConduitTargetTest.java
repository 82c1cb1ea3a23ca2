package org.icsdrill.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The target of close_conduit: a conduit's name, or one service on it written protocol/port. */
class ConduitTargetTest {

    @Test
    void aNameAloneIsTheWholeConduit() {
        ConduitTarget whole = ConduitTarget.parse("  enterprise-dmz ");

        assertThat(whole.conduit()).isEqualTo("enterprise-dmz");
        assertThat(whole.whole()).isTrue();
        assertThat(whole.service()).isEmpty();
        assertThat(whole).hasToString("enterprise-dmz");
        assertThat(ConduitTarget.of("enterprise-dmz", " ")).isEqualTo(whole);
    }

    @Test
    void aServiceFollowsTheNameAsProtocolSlashPort() {
        ConduitTarget rdp = ConduitTarget.parse("enterprise-dmz \t rdp/3389");

        assertThat(rdp).isEqualTo(new ConduitTarget("enterprise-dmz", "rdp", 3389));
        assertThat(rdp.whole()).isFalse();
        assertThat(rdp.service()).isEqualTo("rdp/3389");
        assertThat(rdp).as("one space between the two").hasToString("enterprise-dmz rdp/3389");
        assertThat(ConduitTarget.of("enterprise-dmz", "rdp/3389")).isEqualTo(rdp);
    }

    @Test
    void anythingElseAfterTheNameIsRefusedWithWhatWasGiven() {
        for (String service : new String[] {"rdp", "rdp/", "rdp/x", "rdp/0", "rdp/65536", "rdp/3389 ssh/22", "/3389"}) {
            assertThatThrownBy(() -> ConduitTarget.parse("enterprise-dmz " + service)).as(service)
                    .isInstanceOfSatisfying(ExerciseRefusal.class, e -> {
                        assertThat(e.result().code()).isEqualTo(ResultCode.SERVICE_MALFORMED);
                        assertThat(e.result().arguments()).containsExactly(service);
                    });
        }
        assertThat(ConduitTarget.of("c", "ssh/65535").port()).isEqualTo(65_535);
    }
}
