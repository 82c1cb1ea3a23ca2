package org.icsdrill.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.icsdrill.scenario.site.Account;
import org.icsdrill.scenario.site.Conduit;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Service;
import org.icsdrill.scenario.site.Site;
import org.icsdrill.scenario.site.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLoaderTest {

    private static final String SITE = """
            name: small
            description: Two zones and a conduit.
            zones:
              - name: dmz
                level: 3.5
                security_level_target: 3
                cidr: 127.0.35.0/24
                description: The DMZ.
              - name: control
                level: 2
                security_level_target: 3
                cidr: 127.0.21.0/24
            hosts:
              - name: jump-host
                role: jump-host
                zone: dmz
                address: 127.0.35.20
                services:
                  - {protocol: rdp, port: 3389}
                  - {protocol: ssh, port: 22}
                accounts:
                  - {name: jump-admin, kind: admin}
              - name: power-plc
                role: plc
                zone: control
                address: 127.0.21.2
                plant: power
                services: [{protocol: modbus, port: 5020}]
            conduits:
              - name: dmz-control
                from: dmz
                to: control
                services: [{protocol: modbus, port: 5020}]
                firewall: fw-ops
            """;

    @TempDir
    Path dir;

    @Test
    void readsEveryKey() {
        Site site = SiteLoader.load("small.yaml", SITE).site();

        assertThat(site.name()).isEqualTo("small");
        assertThat(site.description()).isEqualTo("Two zones and a conduit.");
        assertThat(site.zones()).containsExactly(new Zone("dmz", 3.5, 3, "127.0.35.0/24", "The DMZ."),
                new Zone("control", 2, 3, "127.0.21.0/24", ""));
        assertThat(site.host("jump-host")).isEqualTo(new Host("jump-host", "jump-host", "dmz", "127.0.35.20",
                Optional.empty(), List.of(new Service("rdp", 3389), new Service("ssh", 22)),
                List.of(new Account("jump-admin", "admin"))));
        assertThat(site.host("power-plc").plant()).hasValue("power");
        assertThat(site.host("power-plc").accounts()).isEmpty();
        assertThat(site.conduits()).containsExactly(new Conduit("dmz-control", "dmz", "control",
                List.of(new Service("modbus", 5020)), Conduit.FROM_TO, "fw-ops", ""));
    }

    @Test
    void everyProblemIsReportedInFileOrder() {
        String broken = SITE.replace("level: 3.5", "level: high").replace("role: plc", "role: plcc")
                .replace("to: control", "to: kontrol").replace("address: 127.0.21.2", "address: 127.0.35.2");

        SiteLoadResult result = SiteLoader.load("small.yaml", broken);

        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "small.yaml:5:12: expected a number, got 'high'",
                "small.yaml:24:11: unknown role 'plcc'; did you mean 'plc'?",
                "small.yaml:26:14: address 127.0.35.2 is outside zone 'control' (127.0.21.0/24)",
                "small.yaml:32:9: unknown zone 'kontrol'; did you mean 'control'?");
    }

    @Test
    void aHostInABrokenZoneIsNotInAnUnknownOne() {
        SiteLoadResult result = SiteLoader.load("small.yaml", SITE.replace("127.0.35.0/24", "127.0.35.0/33"));

        assertThat(result.diagnostics()).extracting(Diagnostic::message)
                .containsExactly("expected a CIDR like 127.0.40.0/24, got '127.0.35.0/33'");
    }

    @Test
    void emptyAndMalformedFilesSaySo() {
        assertThat(SiteLoader.load("e.yaml", "").diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("e.yaml:1:1: empty file: a site needs name, zones and hosts");
        assertThat(SiteLoader.load("m.yaml", "name: t\nzones: [\n").diagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("YAML syntax error"));
        assertThat(SiteLoader.load("l.yaml", "- a\n- b\n").diagnostics()).extracting(Diagnostic::message)
                .containsExactly("expected a site with name, zones and hosts (a mapping of key: value), got a list");
    }

    @Test
    void loadsAFileByPath() throws IOException {
        Path file = Files.writeString(dir.resolve("small.yaml"), SITE);
        assertThat(SiteLoader.load(file).site().name()).isEqualTo("small");
        Path bad = Files.writeString(dir.resolve("bad.yaml"), SITE.replace("port: 22", "port: 70000"));
        assertThat(SiteLoader.load(bad).diagnostics()).extracting(Diagnostic::toString)
                .containsExactly(bad + ":20:31: expected a TCP port from 1 to 65535, got 70000");
    }

    @Test
    void tellsASiteFromAScenario() {
        assertThat(SiteLoader.isSite(SITE)).isTrue();
        assertThat(SiteLoader.isSite("{name: t, zones: [], hosts: []}")).isTrue();
        assertThat(SiteLoader.isSite("name: t\nzones: [\n")).as("a broken site").isTrue();
        assertThat(SiteLoader.isSite("id: t\ntitle: T\nplants: [gas]\nduration: 1h\ntimeline: []\n")).isFalse();
        assertThat(SiteLoader.isSite("id: t\ntimeline: [\n")).as("a broken scenario").isFalse();
        assertThat(SiteLoader.isSite("hosts:\n  zones: 1\n")).as("zones below the top level").isFalse();
        assertThat(SiteLoader.isSite("")).isFalse();
    }
}
