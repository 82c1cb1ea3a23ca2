package org.icsdrill.core.net;

/** An IPv4 block {@code a.b.c.d/n}, for zone membership; the network part is what is compared. */
record Ipv4Block(int network, int prefix) {

    static Ipv4Block parse(String cidr) {
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("not a CIDR block (a.b.c.d/n): " + cidr);
        }
        int prefix;
        try {
            prefix = Integer.parseInt(cidr.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a prefix length: " + cidr, e);
        }
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException("prefix length outside 0..32: " + cidr);
        }
        return new Ipv4Block(address(cidr.substring(0, slash)) & mask(prefix), prefix);
    }

    /** The dotted address as an int; throws for anything but four numbers 0..255. */
    static int address(String dotted) {
        String[] parts = dotted.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + dotted);
        }
        int value = 0;
        for (String part : parts) {
            int octet;
            try {
                octet = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an IPv4 address: " + dotted, e);
            }
            if (octet < 0 || octet > 255 || part.isEmpty()) {
                throw new IllegalArgumentException("not an IPv4 address: " + dotted);
            }
            value = value << 8 | octet;
        }
        return value;
    }

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    boolean contains(String dotted) {
        try {
            return (address(dotted) & mask(prefix)) == network;
        } catch (IllegalArgumentException e) {
            return false; // an IPv6 or malformed source is in no zone
        }
    }
}
