package org.icsdrill.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientHostTest {

    @Test
    void portsGoUpInOrderOfConnectionAndWrapAroundToTheFirstEphemeralPort() {
        ClientHost host = new ClientHost();
        assertThat(host.port()).isEqualTo(49_152);
        assertThat(host.port()).isEqualTo(49_153);
        for (int port = 49_154; port < 65_535; port++) {
            host.port();
        }
        assertThat(host.port()).isEqualTo(65_535);
        assertThat(host.port()).isEqualTo(ClientHost.FIRST_PORT);
    }

    @Test
    void aHostActsAtTheEarliestAGapAfterItsLastPacketInAnyFlow() {
        ClientHost host = new ClientHost();
        assertThat(host.next(5_000_000)).as("a host that never sent acts now").isEqualTo(5_000_000);
        host.saw(7_000_000);
        host.saw(6_000_000); // an earlier packet of another flow does not move its clock back
        assertThat(host.last()).isEqualTo(7_000_000);
        assertThat(host.next(7_500_000)).isEqualTo(7_000_000 + WireModel.CLIENT_GAP);
        assertThat(host.next(9_000_000)).isEqualTo(9_000_000);
    }
}
