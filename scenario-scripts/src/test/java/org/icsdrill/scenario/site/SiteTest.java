package org.icsdrill.scenario.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteTest {

    private static final Service MODBUS = new Service("modbus", 5020);

    private final Site site = new Site("t", "", List.of(
            new Zone("operations", 3, 2, "127.0.0.0/24", ""),
            new Zone("control", 2, 3, "127.0.21.0/24", "")),
            List.of(new Host("scada", "scada", "operations", "127.0.0.10", Optional.empty(),
                            List.of(new Service("opcua", 4840)), List.of(new Account("scada-svc", "service"))),
                    new Host("plc", "plc", "control", "127.0.21.2", Optional.of("power"), List.of(MODBUS), List.of())),
            List.of(new Conduit("ops-control", "operations", "control", List.of(MODBUS), Conduit.FROM_TO, "fw", "")));

    @Test
    void looksUpByNameAndByAddress() {
        assertThat(site.zone("control").cidr()).isEqualTo("127.0.21.0/24");
        assertThat(site.host("plc").plant()).hasValue("power");
        assertThat(site.zoneOf("127.0.21.99")).map(Zone::name).hasValue("control");
        assertThat(site.zoneOf("127.0.0.1")).map(Zone::name).hasValue("operations");
        assertThat(site.zoneOf("127.0.40.11")).isEmpty();
        assertThat(site.hostAt("127.0.0.10")).map(Host::name).hasValue("scada");
        assertThat(site.hostAt("127.0.0.11")).isEmpty();
        assertThat(site.host("plc").service(5020)).hasValue(MODBUS);
        assertThat(site.host("plc").service(502)).isEmpty();
    }

    @Test
    void anUnknownNameSaysWhatThereIs() {
        assertThatThrownBy(() -> site.zone("dmz")).hasMessage("site t has no zone 'dmz'; zones: operations, control");
        assertThatThrownBy(() -> site.host("mail")).hasMessage("site t has no host 'mail'; hosts: scada, plc");
    }

    @Test
    void aConduitAllowsItsServicesOneWay() {
        Conduit conduit = site.conduits().get(0);
        assertThat(conduit.allows("operations", "control", MODBUS)).isTrue();
        assertThat(conduit.allows("control", "operations", MODBUS)).isFalse();
        assertThat(conduit.allows("operations", "control", new Service("modbus", 502))).isFalse();
        assertThat(conduit.allows("operations", "control", new Service("opcua", 5020))).isFalse();
    }

    @Test
    void onlyModbusAndOpcUaCarryPayloads() {
        assertThat(Service.PROTOCOLS).containsAll(Service.PAYLOAD_PROTOCOLS).hasSize(13);
        assertThat(MODBUS.carriesPayload()).isTrue();
        assertThat(new Service("opcua", 4840).carriesPayload()).isTrue();
        assertThat(Service.PROTOCOLS.stream().filter(p -> new Service(p, 1).carriesPayload()))
                .containsExactly("modbus", "opcua");
    }

    @Test
    void listsAreCopiedAndAZoneWithoutANetworkSaysSo() {
        List<Service> services = new java.util.ArrayList<>(List.of(MODBUS));
        Host host = new Host("h", "plc", "control", "127.0.21.3", Optional.of("gas"), services, List.of());
        services.clear();
        assertThat(host.services()).containsExactly(MODBUS);
        assertThatThrownBy(() -> new Zone("z", 1, 1, "nonsense", "").contains("127.0.0.1"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'nonsense'");
    }
}
