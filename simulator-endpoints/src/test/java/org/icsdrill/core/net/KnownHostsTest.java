package org.icsdrill.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The asset inventory: unknown sources, and known hosts speaking a protocol that is not theirs. */
class KnownHostsTest {

    @Test
    void anHmiStationSpeakingModbusIsUnusualItsOpcUaIsNot() {
        KnownHosts known = new KnownHosts();
        known.set(List.of("127.0.0.1", "127.0.0.10"));
        known.restrict(Map.of("127.0.0.1", Set.of("opcua")));

        assertThat(known.isUnknown("127.0.0.1:50000")).isFalse();
        assertThat(known.isUnusual("127.0.0.1:50000", "modbus")).isTrue();
        assertThat(known.isUnusual("127.0.0.1:50000", "opcua")).isFalse();
        assertThat(known.isUnusual("127.0.0.10:50000", "modbus")).as("no restriction: speaks anything").isFalse();
        assertThat(known.isUnknown("127.0.0.66:50000")).isTrue();
        assertThat(known.isUnusual("127.0.0.66:50000", "modbus")).as("unknown, not unusual").isFalse();
    }
}
