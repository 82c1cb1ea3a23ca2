package org.icsdrill.api;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * An IPv4 network: {@code network} is the first address (host bits may be set when made by
 * {@link #parse}; {@link #isNetwork()} tells), {@code prefix} its length 0..32.
 */
public record Cidr(long network, int prefix) {

    public Cidr {
        if (prefix < 0 || prefix > 32 || network < 0 || network > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("not an IPv4 network: " + network + "/" + prefix);
        }
    }

    /** {@code a.b.c.d/n}, or empty when it is not one. */
    public static Optional<Cidr> parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        OptionalLong address = Ipv4.parse(text.substring(0, slash));
        String length = text.substring(slash + 1);
        if (address.isEmpty() || length.isEmpty() || length.length() > 2
                || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(length);
        return prefix > 32 ? Optional.empty() : Optional.of(new Cidr(address.getAsLong(), prefix));
    }

    /** The bits that name the network. */
    public long mask() {
        return prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
    }

    /** No host bits set: 127.0.40.0/24, not 127.0.40.5/24. */
    public boolean isNetwork() {
        return (network & mask()) == network;
    }

    /** This network with its host bits cleared. */
    public Cidr normalized() {
        return new Cidr(network & mask(), prefix);
    }

    public boolean contains(long address) {
        return (address & mask()) == (network & mask());
    }

    /** A dotted-quad literal inside this network; false for anything that is not one. */
    public boolean contains(String address) {
        OptionalLong parsed = Ipv4.parse(address);
        return parsed.isPresent() && contains(parsed.getAsLong());
    }

    /** All of {@code other} lies inside this network. */
    public boolean covers(Cidr other) {
        return prefix <= other.prefix && contains(other.network);
    }

    /** Two networks share an address exactly when the shorter one covers the longer. */
    public boolean overlaps(Cidr other) {
        return covers(other) || other.covers(this);
    }

    @Override
    public String toString() {
        return Ipv4.format(network) + "/" + prefix;
    }
}
