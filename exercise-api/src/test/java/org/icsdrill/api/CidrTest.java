package org.icsdrill.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CidrTest {

    @Test
    void addressesAreStrictDottedQuads() {
        assertThat(Ipv4.parse("127.0.40.11")).hasValue(0x7F00_280BL);
        assertThat(Ipv4.parse("255.255.255.255")).hasValue(0xFFFF_FFFFL);
        assertThat(Ipv4.format(0x7F00_280BL)).isEqualTo("127.0.40.11");
        for (String bad : new String[] {"127.0.0", "127.0.0.1.1", "127.0.0.256", "127.0.0.010", "127.0.0.-1",
                "127.0.0.", "localhost", "::1", "127.0.0.1 ", ""}) {
            assertThat(Ipv4.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void parsesNetworksAndTellsHostBits() {
        Cidr cidr = Cidr.parse("127.0.40.0/24").orElseThrow();
        assertThat(cidr.isNetwork()).isTrue();
        assertThat(cidr.mask()).isEqualTo(0xFFFF_FF00L);
        assertThat(cidr).hasToString("127.0.40.0/24");

        Cidr sloppy = Cidr.parse("127.0.40.5/24").orElseThrow();
        assertThat(sloppy.isNetwork()).isFalse();
        assertThat(sloppy.normalized()).isEqualTo(cidr);

        assertThat(Cidr.parse("0.0.0.0/0").orElseThrow().contains("203.0.113.9")).isTrue();
        assertThat(Cidr.parse("127.0.0.1/32").orElseThrow().contains("127.0.0.1")).isTrue();
        for (String bad : new String[] {"127.0.40.0", "127.0.40.0/33", "127.0.40.0/", "127.0.40.0/x",
                "127.0.40/24", "127.0.40.0/024"}) {
            assertThat(Cidr.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void containsAndOverlaps() {
        Cidr operations = Cidr.parse("127.0.0.0/24").orElseThrow();
        assertThat(operations.contains("127.0.0.1")).isTrue();
        assertThat(operations.contains("127.0.0.255")).isTrue();
        assertThat(operations.contains("127.0.1.0")).isFalse();
        assertThat(operations.contains("not an address")).isFalse();

        assertThat(Ipv4.LOOPBACK.covers(operations)).isTrue();
        assertThat(operations.covers(Ipv4.LOOPBACK)).isFalse();
        assertThat(Ipv4.LOOPBACK.covers(Cidr.parse("10.0.0.0/24").orElseThrow())).isFalse();
        assertThat(Ipv4.LOOPBACK.covers(Cidr.parse("0.0.0.0/0").orElseThrow())).isFalse();

        Cidr wide = Cidr.parse("127.0.0.0/16").orElseThrow();
        Cidr next = Cidr.parse("127.0.1.0/24").orElseThrow();
        assertThat(wide.overlaps(operations)).isTrue();
        assertThat(operations.overlaps(wide)).isTrue();
        assertThat(operations.overlaps(next)).isFalse();
        assertThat(wide.overlaps(next)).isTrue();
    }
}
