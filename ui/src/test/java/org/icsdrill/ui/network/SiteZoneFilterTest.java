package org.icsdrill.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.icsdrill.api.SiteView;
import org.icsdrill.api.TrafficItem;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.ui.ReferenceSite;
import org.junit.jupiter.api.Test;

/** Which zones a request touches: where it comes from, and where its endpoint sits on the site. */
class SiteZoneFilterTest {

    private final SiteView site = ReferenceSite.view();

    @Test
    void aRequestTouchesItsSourcesZone() {
        TrafficItem fromOffice = request("127.0.40.11:51000", "opcua", "chemical");

        assertThat(RequestZones.source(site, fromOffice)).contains("enterprise");
        assertThat(RequestZones.touches(site, fromOffice, "enterprise")).isTrue();
        assertThat(RequestZones.touches(site, fromOffice, "dmz")).isFalse();
    }

    @Test
    void anOpcUaRequestGoesToTheScadaServerAModbusOneToThePlantsPlc() {
        TrafficItem opcua = request("127.0.40.11:51000", "opcua", "chemical");
        TrafficItem modbus = request("127.0.0.20:51001", "modbus", "chemical");

        assertThat(RequestZones.destination(site, opcua)).contains("operations");
        assertThat(RequestZones.destination(site, modbus)).contains("control-chemical");
        assertThat(RequestZones.touches(site, modbus, "control-chemical")).isTrue();
        assertThat(RequestZones.touches(site, modbus, "control-gas")).isFalse();
        assertThat(RequestZones.touches(site, opcua, "control-chemical")).as("never crosses into the control zone")
                .isFalse();
    }

    @Test
    void aPlantWithoutAPlcOfItsNameIsFoundByItsControlZoneAndAnUnknownOneNowhere() {
        SiteView noPlcs = new SiteView("bare", site.zones(),
                site.hosts().stream().filter(h -> !h.role().equals("plc")).toList(), site.conduits(), site.flows());

        assertThat(RequestZones.destination(noPlcs, request("127.0.0.20:1", "modbus", "gas"))).contains("control-gas");
        assertThat(RequestZones.destination(noPlcs, request("127.0.0.20:1", "modbus", "water"))).isEmpty();
        assertThat(RequestZones.destination(site, request("127.0.0.20:1", "modbus", ""))).isEmpty();
        assertThat(RequestZones.source(site, request("10.1.2.3:4", "modbus", "gas"))).as("off the site").isEmpty();
    }

    private static TrafficItem request(String source, String protocol, String plant) {
        return new TrafficItem(1, 600, "", plant, source, protocol, "Read", "", "", "Good", false,
                TrafficOutcome.ANSWERED, false, false);
    }
}
