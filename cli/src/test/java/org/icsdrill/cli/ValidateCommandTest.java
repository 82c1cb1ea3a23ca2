package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return IcsDrill.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aValidFilePrintsASummary() throws IOException {
        Path file = write("gas-stuxnet.yaml", """
                id: gas-stuxnet
                title: Replay
                plants: [gas]
                duration: 2h
                timeline:
                  - at: 10m
                    attack: {id: replay, kind: replay, targets: [gas.K101.ST101]}
                  - at: 20m
                    fault: {id: f, kind: sensor_stuck, target: gas.K101.PT101}
                """);

        assertThat(run("validate", file.toString())).isZero();
        assertThat(out.toString()).isEqualTo(file + ": ok: \"Replay\", plants gas, 2h, 2 steps, 1 attack, 1 fault"
                + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBadFilePrintsPositionedErrorsAndExitsOne() throws IOException {
        Path file = write("bad.yaml", """
                id: bad
                title: Bad
                plants: [gas]
                duration: soon
                timeline:
                  - at: 1m
                    attack: {id: r, kind: replai}
                """);

        assertThat(run("validate", file.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                file + ":4:11: expected a duration like 90s, 10m30s or 2h, got 'soon'",
                file + ":7:27: unknown attack kind 'replai'; did you mean 'replay'?");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    /** A scenario's site is checked as a site file is, its errors at their line and column in the scenario. */
    @Test
    void aScenariosSiteIsCheckedAndNamedInTheSummary() throws IOException {
        Path site = write("site.yaml", """
                id: s
                title: On a site
                plants: [gas]
                duration: 1h
                site:
                  extends: reference
                  hosts: [{name: vendor-pc, role: supplier, zone: internet, address: 127.0.50.11}]
                timeline: []
                """);
        Path bad = write("bad-site.yaml", """
                id: b
                title: On a bad site
                plants: [gas]
                duration: 1h
                site: {extends: reference, hosts: [{name: vendor-pc, role: supplier, zone: internet, address: 127.0.51.1}]}
                timeline: []
                """);

        assertThat(run("validate", site.toString(), bad.toString())).isEqualTo(1);
        assertThat(out.toString()).isEqualTo(site + ": ok: \"On a site\", plants gas, 1h, 0 steps, 0 attacks, 0 faults,"
                + " on site reference" + System.lineSeparator());
        assertThat(err.toString().lines()).containsExactly(
                bad + ":5:95: address 127.0.51.1 is outside zone 'internet' (127.0.50.0/24)");
    }

    @Test
    void everyFileIsCheckedAndAMissingOneIsNamed() throws IOException {
        Path good = write("good.yaml", "id: g\ntitle: G\nplants: [gas]\nduration: 1h\ntimeline: []\n");
        Path missing = dir.resolve("missing.yaml");

        assertThat(run("validate", missing.toString(), good.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo(missing + ": cannot read: no such file" + System.lineSeparator());
        assertThat(out.toString()).startsWith(good + ": ok: \"G\", plants gas, 1h, 0 steps, 0 attacks, 0 faults");
    }

    @Test
    void aSiteFileIsCheckedAsASite() throws IOException {
        Path site = write("site.yaml", """
                name: small
                zones:
                  - {name: ops, level: 3, security_level_target: 2, cidr: 127.0.0.0/24}
                  - {name: control, level: 2, security_level_target: 3, cidr: 127.0.21.0/24}
                hosts:
                  - {name: scada, role: scada, zone: ops, address: 127.0.0.10}
                  - {name: power-plc, role: plc, zone: control, address: 127.0.21.2, plant: power}
                conduits:
                  - {name: c, from: ops, to: control, services: [{protocol: modbus, port: 5020}], firewall: fw-ops}
                """);
        Path scenario = write("s.yaml", "id: s\ntitle: S\nplants: [gas]\nduration: 1h\ntimeline: []\n");

        assertThat(run("validate", site.toString(), scenario.toString())).isZero();
        assertThat(out.toString().lines()).containsExactly(
                site + ": ok: site small, 2 zones, 2 hosts, 1 conduit",
                scenario + ": ok: \"S\", plants gas, 1h, 0 steps, 0 attacks, 0 faults");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBadSiteGetsTheSiteLoadersErrors() throws IOException {
        Path site = write("site.yaml", """
                name: small
                zones:
                  - {name: ops, level: 3.5, security_level_target: 5, cidr: 127.0.0.0/24}
                hosts:
                  - {name: scada, role: scada, zone: opz, address: 127.0.0.10}
                """);

        assertThat(run("validate", site.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                site + ":3:52: expected a target security level (IEC 62443 SL-T) from 1 to 4, got 5",
                site + ":5:38: unknown zone 'opz'; did you mean 'ops'?");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void theBundledSitesValidate() throws IOException {
        for (String name : org.icsdrill.scenario.bundled.BundledSites.names()) {
            Path file = write(name + ".yaml", org.icsdrill.scenario.bundled.BundledSites.text(name).orElseThrow());
            assertThat(run("validate", file.toString())).as(name).isZero();
        }
        assertThat(out.toString().lines()).containsExactly(
                dir.resolve("reference.yaml") + ": ok: site reference, 9 zones, 17 hosts, 8 conduits",
                dir.resolve("flat.yaml") + ": ok: site flat, 1 zone, 8 hosts, 0 conduits");
    }

    @Test
    void noFileIsAUsageError() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter").contains("Usage:");
    }

    @Test
    void aKillChainIsCountedByItsStages() {
        assertThat(ValidateCommand.summary(org.icsdrill.scenario.bundled.BundledScenarios.load("power-ukraine-2015")
                .orElseThrow().scenario())).isEqualTo("\"Ukraine 2015, from a phished office PC and its user's VPN"
                + " account to the dispatchers' own HMI\", plants power, building, chemical, 1h30m, 13 steps, 4 attacks, 0 faults,"
                + " 4 kill-chain stages, on site reference");
    }
}
