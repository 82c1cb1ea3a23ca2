package org.icsdrill.core.capture;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes segments as a classic libpcap file (the format of tcpdump, read by Wireshark, tshark, Zeek,
 * Suricata and tcpreplay): a global header, then per packet a record header and an Ethernet II
 * frame (LINKTYPE_ETHERNET) carrying IPv4 and TCP with correct header and TCP checksums.
 * Microsecond timestamps (magic 0xa1b2c3d4), little-endian. Not thread-safe.
 */
final class PcapWriter implements AutoCloseable {

    static final int MAGIC_MICROSECONDS = 0xa1b2c3d4;
    static final int LINKTYPE_ETHERNET = 1;
    static final int SNAPLEN = 262_144;
    static final int ETHERNET_HEADER = 14;
    static final int IPV4_HEADER = 20;
    static final int TCP_HEADER = 20;
    /** The MSS option (kind 2, length 4) that SYN and SYN/ACK carry. */
    static final int MSS_OPTION = 4;
    static final int WINDOW = 65_535;

    private final OutputStream out;
    private final int mss;
    private byte[] frame = new byte[16 + ETHERNET_HEADER + IPV4_HEADER + TCP_HEADER + MSS_OPTION + 1500];

    PcapWriter(OutputStream out, int mss) throws IOException {
        this.out = out;
        this.mss = mss;
        byte[] header = new byte[24];
        le32(header, 0, MAGIC_MICROSECONDS);
        le16(header, 4, 2); // version 2.4
        le16(header, 6, 4);
        // thiszone and sigfigs 0
        le32(header, 16, SNAPLEN);
        le32(header, 20, LINKTYPE_ETHERNET);
        out.write(header);
    }

    /** Writes one segment stamped {@code epochSeconds} + {@code micros}. */
    void write(long epochSeconds, int micros, Segment s) throws IOException {
        int options = s.mssOption() ? MSS_OPTION : 0;
        int tcpLength = TCP_HEADER + options + s.payload().length;
        int ipLength = IPV4_HEADER + tcpLength;
        int frameLength = ETHERNET_HEADER + ipLength;
        if (frame.length < 16 + frameLength) {
            frame = new byte[16 + frameLength];
        }
        byte[] f = frame;
        le32(f, 0, (int) epochSeconds);
        le32(f, 4, micros);
        le32(f, 8, frameLength);
        le32(f, 12, frameLength);
        int e = 16;
        mac(f, e, s.destinationIp());
        mac(f, e + 6, s.sourceIp());
        be16(f, e + 12, 0x0800); // IPv4
        int ip = e + ETHERNET_HEADER;
        f[ip] = 0x45; // version 4, 5 words of header
        f[ip + 1] = 0;
        be16(f, ip + 2, ipLength);
        be16(f, ip + 4, s.ipId());
        be16(f, ip + 6, 0x4000); // don't fragment, as Linux sends TCP
        f[ip + 8] = 64; // TTL
        f[ip + 9] = 6; // TCP
        be16(f, ip + 10, 0);
        be32(f, ip + 12, s.sourceIp());
        be32(f, ip + 16, s.destinationIp());
        be16(f, ip + 10, fold(sum(f, ip, IPV4_HEADER, 0)));
        int tcp = ip + IPV4_HEADER;
        be16(f, tcp, s.sourcePort());
        be16(f, tcp + 2, s.destinationPort());
        be32(f, tcp + 4, (int) s.sequence());
        be32(f, tcp + 8, (int) s.acknowledgement());
        f[tcp + 12] = (byte) (((TCP_HEADER + options) / 4) << 4);
        f[tcp + 13] = (byte) s.flags();
        be16(f, tcp + 14, WINDOW);
        be16(f, tcp + 16, 0);
        be16(f, tcp + 18, 0);
        if (options > 0) {
            f[tcp + 20] = 2;
            f[tcp + 21] = 4;
            be16(f, tcp + 22, mss);
        }
        System.arraycopy(s.payload(), 0, f, tcp + TCP_HEADER + options, s.payload().length);
        // the pseudo-header: source, destination, zero, protocol, TCP length (RFC 9293, 3.1)
        long pseudo = (s.sourceIp() >>> 16) + (s.sourceIp() & 0xFFFF) + (s.destinationIp() >>> 16)
                + (s.destinationIp() & 0xFFFF) + 6 + tcpLength;
        be16(f, tcp + 16, fold(sum(f, tcp, tcpLength, pseudo)));
        out.write(f, 0, 16 + frameLength);
    }

    /** A locally administered MAC address made of the IPv4 address: 02:00:a:b:c:d. */
    private static void mac(byte[] f, int at, int ip) {
        f[at] = 0x02;
        f[at + 1] = 0;
        be32(f, at + 2, ip);
    }

    /** The 16-bit one's complement sum of {@code length} bytes (RFC 1071), added to {@code start}. */
    static long sum(byte[] b, int offset, int length, long start) {
        long sum = start;
        int end = offset + length - 1;
        int i = offset;
        for (; i < end; i += 2) {
            sum += ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
        }
        if (i == end) {
            sum += (b[i] & 0xFF) << 8;
        }
        return sum;
    }

    static int fold(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    private static void be16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
    }

    private static void be32(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static void le16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }

    private static void le32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    void flush() throws IOException {
        out.flush();
    }
}
