package org.icsdrill.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Site;
import org.icsdrill.scenario.site.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's {@code site}: a bundled site by name, a site file from the scenario's folder, or a site
 * extended with zones, hosts and conduits, checked like a site file with each problem at its own file, line
 * and column.
 */
class ScenarioSiteTest {

    /** Lines 1-4; {@code site} is on line 5, the timeline follows it. */
    private static final String HEADER = """
            id: t
            title: T
            plants: [chemical]
            duration: 1h
            """;

    /** A site file of the smallest runnable kind for the chemical plant. */
    private static final String SMALL_SITE = """
            name: small
            zones:
              - {name: ops, level: 3, security_level_target: 2, cidr: 127.0.0.0/24}
              - {name: control, level: 2, security_level_target: 3, cidr: 127.0.24.0/24}
            hosts:
              - {name: scada, role: scada, zone: ops, address: 127.0.0.10, services: [{protocol: opcua, port: 4840}]}
              - {name: plc, role: plc, zone: control, address: 127.0.24.2, plant: chemical,
                 services: [{protocol: modbus, port: 5020}]}
            conduits:
              - {name: ops-control, from: ops, to: control, services: [{protocol: modbus, port: 5020}], firewall: fw}
            """;

    private static LoadResult load(String site) {
        return ScenarioLoader.load("s.yaml", HEADER + site + "timeline: []\n");
    }

    private static Site bundled(String name) {
        return SiteLoader.load(BundledFolder.label(name), SiteLoader.BUNDLED.text(name).orElseThrow()).site();
    }

    /** The 1-based line of the first line of the bundled site that contains {@code text}. */
    private static int bundledLine(String name, String text) {
        List<String> lines = SiteLoader.BUNDLED.text(name).orElseThrow().lines().toList();
        return lines.indexOf(lines.stream().filter(l -> l.contains(text)).findFirst().orElseThrow()) + 1;
    }

    private static void assertOneError(LoadResult result, String where, String message) {
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(where + ": " + message);
    }

    @Test
    void aScenarioWithoutASiteHasNone() {
        assertThat(load("").scenario().site()).isEmpty();
    }

    @Test
    void aBundledSiteByName() {
        Scenario scenario = load("site: flat\n").scenario();
        assertThat(scenario.site()).contains(bundled("flat"));
    }

    @Test
    void aBundledSiteExtendedWithAZoneAHostAConduitAndAReplacedHost() {
        Scenario scenario = load("""
                site:
                  extends: reference
                  zones:
                    - {name: vendor, level: 4, security_level_target: 2, cidr: 127.0.60.0/24}
                  hosts:
                    - {name: vendor-pc, role: supplier, zone: vendor, address: 127.0.60.5}
                    - {name: engineering, role: engineering-workstation, zone: operations, address: 127.0.0.21,
                       services: [{protocol: rdp, port: 3389}]}
                  conduits:
                    - {name: vendor-dmz, from: vendor, to: dmz, services: [{protocol: vpn, port: 443}], firewall: fw-dmz}
                """).scenario();

        Site reference = bundled("reference");
        Site site = scenario.site().orElseThrow();
        assertThat(site.name()).isEqualTo("reference");
        assertThat(site.zones()).hasSize(reference.zones().size() + 1).last().extracting(Zone::name).isEqualTo("vendor");
        assertThat(site.hosts()).hasSize(reference.hosts().size() + 1);
        assertThat(site.hosts().stream().filter(h -> h.name().equals("engineering")).map(Host::address))
                .containsExactly("127.0.0.21");
        assertThat(site.hostAt("127.0.0.20")).isEmpty();
        assertThat(site.host("vendor-pc").zone()).isEqualTo("vendor");
        assertThat(site.conduits()).hasSize(reference.conduits().size() + 1);
        assertThat(site.conduits().get(site.conduits().size() - 1).name()).isEqualTo("vendor-dmz");
    }

    @Test
    void aSiteFileFromTheScenariosFolderPlainOrExtended(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("drills"));
        Files.writeString(folder.resolve("small.yaml"), SMALL_SITE);
        Path plain = Files.writeString(folder.resolve("plain.yaml"), HEADER + "site: small.yaml\ntimeline: []\n");
        Path extended = Files.writeString(folder.resolve("extended.yaml"), HEADER + """
                site: {extends: small.yaml, hosts: [{name: hmi, role: hmi, zone: ops, address: 127.0.0.1}]}
                timeline: []
                """);

        assertThat(ScenarioLoader.load(plain).scenario().site().orElseThrow().name()).isEqualTo("small");
        assertThat(ScenarioLoader.load(extended).scenario().site().orElseThrow().hosts()).extracting(Host::name)
                .containsExactly("scada", "plc", "hmi");
    }

    @Test
    void anErrorInASiteFileIsReportedAtItsOwnLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad-site.yaml"), SMALL_SITE.replace("role: scada", "role: skada"));
        Path scenario = Files.writeString(dir.resolve("s.yaml"), HEADER + "site: bad-site.yaml\ntimeline: []\n");

        assertOneError(ScenarioLoader.load(scenario), dir.resolve("bad-site.yaml") + ":6:25",
                "unknown role 'skada'; did you mean 'scada'?");
    }

    @Test
    void anUnknownSiteNameIsReportedAtItsValueWithTheClosestBundledSite() {
        assertOneError(load("site: refrence\n"), "s.yaml:5:7", "unknown site 'refrence'; did you mean 'reference'?"
                + " The bundled sites are reference, flat; a site file is named by its path, like my-site.yaml");
        assertOneError(load("site: {extends: flats}\n"), "s.yaml:5:17", "unknown site 'flats'; did you mean 'flat'?"
                + " The bundled sites are reference, flat; a site file is named by its path, like my-site.yaml");
    }

    @Test
    void anAddedHostOutsideItsZoneIsReportedInTheScenario() {
        assertOneError(load("""
                site:
                  extends: reference
                  hosts:
                    - {name: hmi-2, role: hmi, zone: operations, address: 127.0.1.5}
                """), "s.yaml:8:59", "address 127.0.1.5 is outside zone 'operations' (127.0.0.0/24)");
    }

    @Test
    void aClashWithTheBaseSiteNamesTheBaseSitesLine() {
        assertOneError(load("""
                site:
                  extends: reference
                  hosts: [{name: scada-2, role: scada, zone: operations, address: 127.0.0.10}]
                """), "s.yaml:7:67", "address '127.0.0.10' is given twice; first at line "
                + bundledLine("reference", "address: 127.0.0.10") + " of bundled:reference.yaml");
        assertOneError(load("""
                site:
                  extends: reference
                  zones: [{name: more-power, level: 2, security_level_target: 3, cidr: 127.0.21.0/25}]
                """), "s.yaml:7:72", "CIDR 127.0.21.0/25 overlaps 127.0.21.0/24 of zone 'control-power' (line "
                + bundledLine("reference", "cidr: 127.0.21.0/24") + " of bundled:reference.yaml): zones do not share"
                + " addresses");
    }

    @Test
    void anAddedConduitToAnUnknownZoneAndAnUnknownKey() {
        assertOneError(load("""
                site:
                  extends: reference
                  conduits: [{name: x, from: operations, to: saftey, services: [{protocol: ssh, port: 22}], firewall: f}]
                """), "s.yaml:7:46", "unknown zone 'saftey'; did you mean 'safety'?");
        assertThat(load("site: {extend: reference}\n").diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("s.yaml:5:7: missing required key 'extends'",
                        "s.yaml:5:8: unknown key 'extend'; did you mean 'extends'?");
    }

    @Test
    void aSiteFileNeedsAScenarioReadFromAFileAndTheFileMustBeThere(@TempDir Path dir) throws Exception {
        assertOneError(load("site: my-site.yaml\n"), "s.yaml:5:7", "a site file is found from the scenario file's"
                + " folder, and this scenario was read from no file: name a bundled site (reference, flat)");
        Path scenario = Files.writeString(dir.resolve("s.yaml"), HEADER + "site: my-site.yaml\ntimeline: []\n");
        assertOneError(ScenarioLoader.load(scenario), scenario + ":5:7", "no site file " + dir.resolve("my-site.yaml")
                + " (a site file is found from the scenario file's folder)");
    }

    @Test
    void aSiteWithoutThePlantsPlcCannotRunTheScenario(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("small.yaml"), SMALL_SITE);
        Path scenario = Files.writeString(dir.resolve("s.yaml"), HEADER.replace("[chemical]", "[chemical, gas]")
                + "site: small.yaml\ntimeline: []\n");
        assertOneError(ScenarioLoader.load(scenario), scenario + ":5:7", "site small has no plc host for plant gas,"
                + " so the scenario cannot run on it: add one (role: plc, plant: gas) in the plant's control zone");
    }

    /** On a site the scenario names, a conduit to close must be one of it and carry the service named. */
    @Test
    void aConduitToCloseIsCheckedAgainstTheScenariosSite() {
        String closing = """
                site: reference
                timeline:
                  - at: 1m
                    attack: {id: w, kind: unauthorized_command, target: chemical.R1.FIC101.SP, value: 150}
                expectations:
                  respond:
                    - attack: w
                      within: 10m
                      actions: [%s]
                """;
        assertThat(ScenarioLoader.load("s.yaml", HEADER + closing.formatted(
                "{action: close_conduit, conduit: operations-control-chemical, service: modbus/5020}")).isOk()).isTrue();
        assertOneError(ScenarioLoader.load("s.yaml", HEADER + closing.formatted(
                "{action: close_conduit, conduit: operations-control-chemcial}")), "s.yaml:13:50",
                "unknown conduit 'operations-control-chemcial'; did you mean 'operations-control-chemical'?");
        assertOneError(ScenarioLoader.load("s.yaml", HEADER + closing.formatted(
                "{action: close_conduit, conduit: enterprise-dmz, service: modbus/5020}")), "s.yaml:13:75",
                "conduit 'enterprise-dmz' of site reference does not carry modbus/5020; it carries https/443, rdp/3389");
    }

    /** Both forms as docs/scenarios.md shows them load as it says. */
    @Test
    void theFormatDocumentsExamplesLoad() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "scenarios.md"));
        assertThat(doc).contains("```yaml\nsite: flat\n```");
        int from = doc.indexOf("```yaml\nsite:\n  extends: reference\n") + "```yaml\n".length();
        Site site = load(doc.substring(from, doc.indexOf("```", from))).scenario().site().orElseThrow();
        assertThat(site.host("engineering").address()).isEqualTo("127.0.0.21");
        assertThat(site.host("vendor-pc").zone()).isEqualTo("vendor");
        assertThat(site.zone("vendor").cidr()).isEqualTo("127.0.60.0/24");
    }
}
