package org.icsdrill.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zones and conduit rules: first match wins, deny by default, nothing checked inside a zone. */
class FirewallTest {

    static final List<NetworkZone> ZONES = List.of(new NetworkZone("enterprise", "127.0.40.0/24"),
            new NetworkZone("operations", "127.0.0.0/24"), new NetworkZone("control-chemical", "127.0.24.0/24"));
    static final List<ConduitRule> RULES = List.of(
            new ConduitRule("operations-control-chemical", "operations", "control-chemical", "modbus", 5020, "fw-ops"));

    private final List<FirewallEvent> log = new ArrayList<>();
    private final Firewall firewall = Firewall.of(ZONES, RULES, () -> 42.0);

    FirewallTest() {
        firewall.subscribe(log::add);
    }

    @Test
    void aConduitLetsItsServiceThroughInItsDirectionOnly() {
        assertThat(firewall.check("127.0.0.10:40000", "127.0.24.2", 5020, "modbus").allowed()).isTrue();
        assertThat(firewall.check("127.0.24.2:40000", "127.0.0.10", 5020, "modbus").allowed())
                .as("the PLC does not open connections into operations").isFalse();
        assertThat(firewall.check("127.0.0.10:40000", "127.0.24.2", 502, "modbus").allowed())
                .as("another port is another service").isFalse();
        assertThat(firewall.check("127.0.0.10:40000", "127.0.24.2", 5020, "opcua").allowed()).isFalse();
    }

    @Test
    void everyBoundaryDecisionIsLoggedLikeAFirewallDoes() {
        firewall.check("127.0.40.11:51000", "127.0.24.2", 5020, "modbus");
        firewall.check("127.0.0.10:40000", "127.0.24.2", 5020, "modbus");

        assertThat(log).hasSize(2);
        FirewallEvent denied = log.get(0);
        assertThat(denied.allowed()).isFalse();
        assertThat(denied.rule()).isEqualTo(Firewall.DEFAULT_DENY);
        assertThat(denied.sourceZone()).isEqualTo("enterprise");
        assertThat(denied.destinationZone()).isEqualTo("control-chemical");
        assertThat(denied.destination()).isEqualTo("127.0.24.2:5020");
        assertThat(denied.service()).isEqualTo("modbus/5020");
        assertThat(denied.plantTimeSeconds()).isEqualTo(42.0);
        assertThat(log.get(1)).satisfies(e -> {
            assertThat(e.allowed()).isTrue();
            assertThat(e.rule()).isEqualTo("operations-control-chemical");
            assertThat(e.firewall()).isEqualTo("fw-ops");
        });
    }

    @Test
    void insideAZoneNothingIsCheckedOrLogged() {
        assertThat(firewall.check("127.0.0.1:50000", "127.0.0.10", 4840, "opcua").allowed()).isTrue();
        assertThat(log).isEmpty();
    }

    @Test
    void aSourceInNoZoneIsDenied() {
        assertThat(firewall.check("127.9.9.9:50000", "127.0.24.2", 5020, "modbus").allowed()).isFalse();
        assertThat(log).singleElement().satisfies(e -> assertThat(e.sourceZone()).isEmpty());
    }

    @Test
    void closingAConduitOrOneServiceDeniesItUntilOpenedAgain() {
        List<String> told = new ArrayList<>();
        firewall.addListener(() -> told.add("tightened"));

        firewall.closeService("operations-control-chemical", "modbus", 5020);
        assertThat(firewall.check("127.0.0.10:1", "127.0.24.2", 5020, "modbus").rule())
                .isEqualTo("operations-control-chemical (closed)");
        firewall.openService("operations-control-chemical", "modbus", 5020);
        assertThat(firewall.permits("127.0.0.10:1", "127.0.24.2", 5020, "modbus")).isTrue();
        firewall.closeConduit("operations-control-chemical");
        assertThat(firewall.permits("127.0.0.10:1", "127.0.24.2", 5020, "modbus")).isFalse();
        firewall.openConduit("operations-control-chemical");
        assertThat(firewall.permits("127.0.0.10:1", "127.0.24.2", 5020, "modbus")).isTrue();
        assertThat(told).hasSize(2);
        assertThatThrownBy(() -> firewall.closeConduit("enterprise-control")).hasMessage("no conduit named enterprise-control");
    }

    @Test
    void withoutZonesEverythingPasses() {
        Firewall flat = Firewall.open();
        assertThat(flat.check("127.0.0.66:1", "127.0.0.1", 5020, "modbus").allowed()).isTrue();
    }

    @Test
    void blocksAreParsedAndCompared() {
        assertThat(new NetworkZone("z", "127.0.24.0/24").contains("127.0.24.255")).isTrue();
        assertThat(new NetworkZone("z", "127.0.24.0/24").contains("127.0.25.0")).isFalse();
        assertThat(new NetworkZone("all", "127.0.0.0/8").contains("127.200.1.1")).isTrue();
        assertThat(new NetworkZone("z", "127.0.24.0/24").contains("::1")).isFalse();
        assertThatThrownBy(() -> new NetworkZone("z", "127.0.24.0/33")).hasMessageContaining("not a CIDR block");
        assertThatThrownBy(() -> new NetworkZone("z", "127.0.256.0/24")).hasMessageContaining("not a CIDR block");
    }
}
