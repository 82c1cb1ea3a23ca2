package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCommandTest {

    private static final String SMALL = """
            name: small
            zones:
              - {name: dmz, level: 3.5, security_level_target: 3, cidr: 127.0.35.0/24}
              - {name: control, level: 2, security_level_target: 3, cidr: 127.0.21.0/24}
            hosts:
              - {name: jump-host, role: jump-host, zone: dmz, address: 127.0.35.20,
                 services: [{protocol: rdp, port: 3389}], accounts: [{name: jump-admin, kind: admin}]}
              - {name: power-plc, role: plc, zone: control, address: 127.0.21.2, plant: power,
                 services: [{protocol: modbus, port: 5020}]}
            conduits:
              - {name: dmz-control, from: dmz, to: control, services: [{protocol: modbus, port: 5020}], firewall: fw-ops}
            """;

    @TempDir
    Path dir;

    @Test
    void theDefaultIsTheReferenceSiteInAlignedTables() {
        CliTest.Outcome o = CliTest.icsdrill("site");
        assertThat(o.code()).isZero();
        assertThat(o.err()).isEmpty();
        List<String> lines = o.out().lines().toList();
        assertThat(lines.get(0)).startsWith("site reference: ");

        List<String> zones = table(lines, "ZONE ");
        assertThat(zones).hasSize(10);
        assertThat(zones.get(1).split(" +")).containsExactly("internet", "5", "1", "127.0.50.0/24");
        assertThat(zones.get(3).split(" +")).containsExactly("dmz", "3.5", "3", "127.0.35.0/24");
        assertAligned(zones, "LEVEL", "SL-T", "CIDR");

        List<String> hosts = table(lines, "HOST ");
        assertThat(hosts).hasSize(18);
        assertThat(hosts).anySatisfy(l -> assertThat(l.split(" {2,}"))
                .containsExactly("directory", "directory", "enterprise", "127.0.40.5", "ldap/389, kerberos/88, smb/445"));
        assertThat(hosts).anySatisfy(l -> assertThat(l.split(" {2,}"))
                .containsExactly("chemical-sis", "sis", "safety", "127.0.9.2", "-"));
        assertAligned(hosts, "ROLE", "ZONE", "ADDRESS", "SERVICES");

        List<String> conduits = table(lines, "CONDUIT ");
        assertThat(conduits).hasSize(9);
        assertThat(conduits.get(1).split(" {2,}"))
                .containsExactly("enterprise-dmz", "enterprise → dmz", "https/443, rdp/3389", "fw-dmz");
        assertAligned(conduits, "FROM → TO", "SERVICES", "FIREWALL");
        assertThat(lines).noneMatch(l -> l.endsWith(" "));
    }

    @Test
    void theFlatSiteSaysItHasNoConduits() {
        CliTest.Outcome o = CliTest.icsdrill("site", "flat");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("127.0.0.0/8").contains("no conduits").doesNotContain("CONDUIT");
    }

    @Test
    void jsonHasZonesHostsAndConduitsWithTheirKeys() throws IOException {
        CliTest.Outcome o = CliTest.icsdrill("site", "reference", "--format", "json");
        assertThat(o.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(o.out());

        assertThat(names(root)).containsExactly("zones", "hosts", "conduits");
        assertThat(root.get("zones")).hasSize(9).allSatisfy(z -> assertThat(names(z))
                .containsExactly("name", "level", "security_level_target", "cidr", "description"));
        JsonNode dmz = root.get("zones").get(2);
        assertThat(dmz.get("name").asText()).isEqualTo("dmz");
        assertThat(dmz.get("level").asDouble()).isEqualTo(3.5);
        assertThat(dmz.get("security_level_target").asInt()).isEqualTo(3);
        assertThat(root.get("zones").get(0).get("level").isInt()).isTrue();

        assertThat(root.get("hosts")).hasSize(17).allSatisfy(h -> {
            List<String> keys = names(h);
            assertThat(keys).containsSubsequence("name", "role", "zone", "address", "services", "accounts");
            assertThat(keys.contains("plant")).isEqualTo(h.get("role").asText().matches("plc|sis"));
            h.get("services").forEach(s -> assertThat(names(s)).containsExactly("protocol", "port"));
            h.get("accounts").forEach(a -> assertThat(names(a)).containsExactly("name", "kind"));
        });
        JsonNode plc = host(root, "gas-plc");
        assertThat(names(plc)).containsExactly("name", "role", "zone", "address", "plant", "services", "accounts");
        assertThat(plc.get("plant").asText()).isEqualTo("gas");
        assertThat(plc.get("services").get(0).get("port").asInt()).isEqualTo(5020);

        assertThat(root.get("conduits")).hasSize(8).allSatisfy(c -> assertThat(names(c))
                .containsExactly("name", "from", "to", "direction", "firewall", "services", "description"));
        JsonNode replication = root.get("conduits").get(3);
        assertThat(replication.get("from").asText() + ">" + replication.get("to").asText())
                .isEqualTo("operations>dmz");
        assertThat(replication.get("services").get(0).get("protocol").asText()).isEqualTo("pi");
    }

    @Test
    void aSiteFileIsPrinted() throws IOException {
        Path file = Files.writeString(dir.resolve("small.yaml"), SMALL);
        CliTest.Outcome o = CliTest.icsdrill("site", file.toString(), "--format", "json");
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(o.out());
        assertThat(host(root, "power-plc").get("address").asText()).isEqualTo("127.0.21.2");
        assertThat(root.get("conduits").get(0).get("firewall").asText()).isEqualTo("fw-ops");
    }

    @Test
    void aBadFilePrintsPositionedErrorsAndExitsOne() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), SMALL.replace("cidr: 127.0.21.0/24", "cidr: 127.0.0.0/16")
                .replace("role: plc", "role: plcc"));
        CliTest.Outcome o = CliTest.icsdrill("site", file.toString());
        assertThat(o.code()).isEqualTo(1);
        assertThat(o.out()).isEmpty();
        assertThat(o.err().lines()).containsExactly(
                file + ":4:63: CIDR 127.0.0.0/16 overlaps 127.0.35.0/24 of zone 'dmz' (line 3): zones do not share"
                        + " addresses",
                file + ":8:29: unknown role 'plcc'; did you mean 'plc'?");
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownNameListsTheBundledSites() {
        CliTest.Outcome o = CliTest.icsdrill("site", "refrence");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("'refrence' is neither a file nor a bundled site; bundled: reference, flat")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(CliTest.icsdrill("site", "--format", "xml").code()).isEqualTo(2);
    }

    /** The table whose header starts with {@code header}, up to the blank line after it. */
    private static List<String> table(List<String> lines, String header) {
        int from = lines.indexOf(lines.stream().filter(l -> l.startsWith(header)).findFirst().orElseThrow());
        List<String> rows = new ArrayList<>();
        for (int i = from; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }

    /** Each heading's column starts at the same place in every row, after two blanks. */
    private static void assertAligned(List<String> rows, String... headings) {
        for (String heading : headings) {
            int column = rows.get(0).indexOf(heading);
            assertThat(column).as(heading).isPositive();
            for (String row : rows) {
                assertThat(row.substring(column - 2, column)).as(row + " at " + heading).isEqualTo("  ");
                assertThat(row.charAt(column)).as(row + " at " + heading).isNotEqualTo(' ');
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode host(JsonNode root, String name) {
        for (JsonNode h : root.get("hosts")) {
            if (h.get("name").asText().equals(name)) {
                return h;
            }
        }
        throw new AssertionError("no host " + name);
    }
}
