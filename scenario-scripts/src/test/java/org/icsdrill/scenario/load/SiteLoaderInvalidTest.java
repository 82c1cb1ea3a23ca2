package org.icsdrill.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One wrong thing per site file, each giving exactly one diagnostic at the right line and column. */
class SiteLoaderInvalidTest {

    /** Lines 1-4: a site header with two zones; the hosts start on line 5. */
    private static final String ZONES = """
            name: t
            zones:
              - {name: ops, level: 3, security_level_target: 2, cidr: 127.0.0.0/24}
              - {name: control, level: 2, security_level_target: 3, cidr: 127.0.21.0/24}
            """;

    /** Lines 5-7 after {@link #ZONES}: a host in each zone; conduits start on line 8. */
    private static final String HOSTS = """
            hosts:
              - {name: scada, role: scada, zone: ops, address: 127.0.0.10}
              - {name: plc, role: plc, zone: control, address: 127.0.21.2, plant: power}
            """;

    record Case(String name, String yaml, int line, int column, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("unknown top-level key", """
                        name: t
                        zone:
                          - {name: ops, level: 3, security_level_target: 2, cidr: 127.0.0.0/24}
                        zones:
                          - {name: ops, level: 3, security_level_target: 2, cidr: 127.0.0.0/24}
                        hosts: []
                        """, 2, 1, "unknown key 'zone'; did you mean 'zones'?"),
                new Case("unknown zone key", """
                        name: t
                        zones:
                          - {name: ops, level: 3, security_level_target: 2, cidr: 127.0.0.0/24, descripton: x}
                        hosts: []
                        """, 3, 73, "unknown key 'descripton'; did you mean 'description'?"),
                new Case("missing zone key", """
                        name: t
                        zones:
                          - {name: ops, security_level_target: 2, cidr: 127.0.0.0/24}
                        hosts: []
                        """, 3, 5, "missing required key 'level'"),
                new Case("site name with a space", """
                        name: my site
                        zones:
                          - {name: ops, level: 3, security_level_target: 2, cidr: 127.0.0.0/24}
                        hosts: []
                        """, 1, 7, "a site name is lowercase letters, digits and '-', like office-pc-1; got 'my site'"),
                new Case("no zones", "name: t\nzones: []\nhosts: []\n", 2, 8,
                        "list at least one zone, like {name: operations, level: 3, security_level_target: 2,"
                        + " cidr: 127.0.0.0/24}"),
                new Case("zone given twice", ZONES + """
                          - {name: ops, level: 1, security_level_target: 4, cidr: 127.0.9.0/24}
                        hosts: []
                        """, 5, 12, "zone 'ops' is given twice; first at line 3"),
                new Case("malformed CIDR", """
                        name: t
                        zones:
                          - {name: ops, level: 3, security_level_target: 2, cidr: 127.0.0/24}
                        hosts: []
                        """, 3, 59, "expected a CIDR like 127.0.40.0/24, got '127.0.0/24'"),
                new Case("CIDR with host bits", """
                        name: t
                        zones:
                          - {name: ops, level: 3, security_level_target: 2, cidr: 127.0.0.7/24}
                        hosts: []
                        """, 3, 59, "'127.0.0.7/24' has host bits set; did you mean 127.0.0.0/24?"),
                new Case("CIDR off loopback", """
                        name: t
                        zones:
                          - {name: ops, level: 3, security_level_target: 2, cidr: 10.0.0.0/24}
                        hosts: []
                        """, 3, 59, "CIDR 10.0.0.0/24 is outside 127.0.0.0/8: every zone lives on the loopback network"),
                new Case("overlapping CIDRs", ZONES + """
                          - {name: wide, level: 1, security_level_target: 4, cidr: 127.0.0.0/16}
                        hosts: []
                        """, 5, 60, "CIDR 127.0.0.0/16 overlaps 127.0.0.0/24 of zone 'ops' (line 3): zones do not"
                        + " share addresses"),
                new Case("level above 5", """
                        name: t
                        zones:
                          - {name: ops, level: 6, security_level_target: 2, cidr: 127.0.0.0/24}
                        hosts: []
                        """, 3, 24, "expected a Purdue level from 0 (process) to 5 (Internet), 3.5 for a DMZ; got 6"),
                new Case("SL-T 0", """
                        name: t
                        zones:
                          - {name: ops, level: 3, security_level_target: 0, cidr: 127.0.0.0/24}
                        hosts: []
                        """, 3, 50, "expected a target security level (IEC 62443 SL-T) from 1 to 4, got 0"),
                new Case("host given twice", ZONES + HOSTS.replace("name: plc,", "name: scada,"), 7, 12,
                        "host 'scada' is given twice; first at line 6"),
                new Case("unknown role", ZONES + HOSTS.replace("role: scada", "role: scade"), 6, 25,
                        "unknown role 'scade'; did you mean 'scada'?"),
                new Case("unknown zone of a host", ZONES + HOSTS.replace("zone: ops", "zone: opz"), 6, 38,
                        "unknown zone 'opz'; did you mean 'ops'?"),
                new Case("address outside its zone", ZONES + HOSTS.replace("127.0.0.10", "127.0.21.10"), 6, 52,
                        "address 127.0.21.10 is outside zone 'ops' (127.0.0.0/24)"),
                new Case("address not an address", ZONES + HOSTS.replace("127.0.0.10", "scada.local"), 6, 52,
                        "expected an IPv4 address like 127.0.40.11, got 'scada.local'"),
                new Case("address taken", ZONES + HOSTS + """
                          - {name: hmi, role: hmi, zone: ops, address: 127.0.0.10}
                        """, 8, 48, "address '127.0.0.10' is given twice; first at line 6"),
                new Case("a plant on a host that is no controller", ZONES + HOSTS.replace("127.0.0.10}",
                        "127.0.0.10, plant: gas}"), 6, 64, "only plc and sis hosts name a plant, not a scada host"),
                new Case("a plc without its plant", ZONES + HOSTS.replace(", plant: power", ""), 7, 5,
                        "a plc host names the plant whose endpoints it serves: plant: one of power, gas, building,"
                        + " chemical"),
                new Case("unknown plant", ZONES + HOSTS.replace("plant: power", "plant: powr"), 7, 71,
                        "unknown plant 'powr'; did you mean 'power'?"),
                new Case("unknown protocol", ZONES + HOSTS.replace("127.0.0.10}",
                        "127.0.0.10, services: [{protocol: opc-ua, port: 4840}]}"), 6, 86,
                        "unknown protocol 'opc-ua'; did you mean 'opcua'?"),
                new Case("port 0", ZONES + HOSTS.replace("127.0.0.10}",
                        "127.0.0.10, services: [{protocol: opcua, port: 0}]}"), 6, 99,
                        "expected a TCP port from 1 to 65535, got 0"),
                new Case("two services on one port", ZONES + HOSTS.replace("127.0.0.10}", "127.0.0.10, services:"
                        + " [{protocol: https, port: 443}, {protocol: vpn, port: 443}]}"), 6, 105,
                        "port 443 is already taken by https/443 on this host (line 6): one listener per port"),
                new Case("unknown account kind", ZONES + HOSTS.replace("127.0.0.10}",
                        "127.0.0.10, accounts: [{name: op, kind: operator}]}"), 6, 92,
                        "unknown account kind 'operator'; expected one of user, admin, service, supplier"),
                new Case("unknown conduit key", ZONES + HOSTS + """
                        conduits:
                          - name: c
                            from: ops
                            to: control
                            services: [{protocol: modbus, port: 5020}]
                            firewall: fw
                            descripion: SCADA polls the PLC
                        """, 14, 5, "unknown key 'descripion'; did you mean 'description'?"),
                new Case("conduit to an unknown zone", ZONES + HOSTS + """
                        conduits:
                          - {name: c, from: ops, to: contrl, services: [{protocol: modbus, port: 5020}], firewall: fw}
                        """, 9, 30, "unknown zone 'contrl'; did you mean 'control'?"),
                new Case("conduit inside one zone", ZONES + HOSTS + """
                        conduits:
                          - {name: c, from: ops, to: ops, services: [{protocol: modbus, port: 5020}], firewall: fw}
                        """, 9, 30, "a conduit joins two different zones; from and to are both 'ops' (hosts in one"
                        + " zone reach each other without a conduit)"),
                new Case("conduit with no service", ZONES + HOSTS + """
                        conduits:
                          - {name: c, from: ops, to: control, services: [], firewall: fw}
                        """, 9, 49, "list at least one service the conduit allows, like [{protocol: modbus,"
                        + " port: 5020}]"),
                new Case("conduit with an unknown protocol", ZONES + HOSTS + """
                        conduits:
                          - {name: c, from: ops, to: control, services: [{protocol: modbsu, port: 5020}], firewall: fw}
                        """, 9, 61, "unknown protocol 'modbsu'; did you mean 'modbus'?"),
                new Case("conduit both ways", ZONES + HOSTS + """
                        conduits:
                          - {name: c, from: ops, to: control, services: [{protocol: modbus, port: 5020}],
                             direction: both, firewall: fw}
                        """, 10, 17, "unknown direction 'both': the only direction for now is from-to (connections"
                        + " are opened from 'from' to 'to' only); for the other way, add a second conduit"),
                new Case("conduit given twice", ZONES + HOSTS + """
                        conduits:
                          - {name: c, from: ops, to: control, services: [{protocol: modbus, port: 5020}], firewall: fw}
                          - {name: c, from: control, to: ops, services: [{protocol: syslog, port: 514}], firewall: fw}
                        """, 10, 12, "conduit 'c' is given twice; first at line 9"),
                new Case("conduit without a firewall", ZONES + HOSTS + """
                        conduits:
                          - {name: c, from: ops, to: control, services: [{protocol: modbus, port: 5020}]}
                        """, 9, 5, "missing required key 'firewall'"),
                new Case("service listed twice on a conduit", ZONES + HOSTS + """
                        conduits:
                          - {name: c, from: ops, to: control, firewall: fw, services: [{protocol: modbus, port: 5020},
                              {protocol: modbus, port: 5020}]}
                        """, 10, 7, "service modbus/5020 is listed twice; first at line 9"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyOneDiagnosticAtThePosition(Case c) {
        SiteLoadResult result = SiteLoader.load("site.yaml", c.yaml());

        assertThat(result.isOk()).as("loads with errors").isFalse();
        assertThat(result.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo(c.message());
            assertThat(d.line()).as("line").isEqualTo(c.line());
            assertThat(d.column()).as("column").isEqualTo(c.column());
            assertThat(d.file()).isEqualTo("site.yaml");
        });
    }
}
