package org.icsdrill.api;

import java.util.OptionalLong;

/**
 * Dotted-quad IPv4 literals as numbers, so zones can be compared without a name lookup
 * ({@code InetAddress.getByName} would ask DNS for anything that is not a literal).
 */
public final class Ipv4 {

    /** 127.0.0.0/8, where every simulated zone lives: Linux routes all of it to {@code lo}. */
    public static final Cidr LOOPBACK = new Cidr(0x7F00_0000L, 8);

    private Ipv4() {
    }

    /**
     * The address as an unsigned 32-bit number, or empty when it is not four decimal parts of 0..255
     * (no leading zeros, which some parsers read as octal).
     */
    public static OptionalLong parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return OptionalLong.empty();
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (part.length() > 1 && part.charAt(0) == '0')) {
                return OptionalLong.empty();
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return OptionalLong.empty();
            }
            value = (value << 8) | octet;
        }
        return OptionalLong.of(value);
    }

    /** The dotted-quad text of an address. */
    public static String format(long address) {
        return ((address >> 24) & 0xFF) + "." + ((address >> 16) & 0xFF) + "." + ((address >> 8) & 0xFF) + "."
                + (address & 0xFF);
    }
}
