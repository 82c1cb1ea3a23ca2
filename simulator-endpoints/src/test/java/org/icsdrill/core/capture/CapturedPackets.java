package org.icsdrill.core.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads back a capture: each frame's time, addresses, TCP fields and payload, checking both checksums. */
public final class CapturedPackets {

    /** One TCP segment as a sensor decodes it. */
    public record Packet(Instant time, String source, String destination, int sourcePort, int destinationPort, long sequence,
                  long acknowledgement, int flags, int mss, byte[] payload, boolean checksumsValid) {

        public boolean involves(String ip) {
            return source.equals(ip) || destination.equals(ip);
        }

        public boolean has(int flag) {
            return (flags & flag) != 0;
        }

        public String flagText() {
            StringBuilder b = new StringBuilder();
            String[] names = {"FIN", "SYN", "RST", "PSH", "ACK"};
            for (int i = 0; i < names.length; i++) {
                if ((flags & (1 << i)) != 0) {
                    b.append(b.isEmpty() ? "" : ",").append(names[i]);
                }
            }
            return b.toString();
        }
    }

    private CapturedPackets() {
    }

    public static List<Packet> read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt() != 0xa1b2c3d4 || b.getShort() != 2 || b.getShort() != 4) {
            throw new IOException("not a little-endian microsecond pcap file");
        }
        b.position(20);
        if (b.getInt() != 1) {
            throw new IOException("not Ethernet");
        }
        List<Packet> packets = new ArrayList<>();
        while (b.remaining() > 0) {
            long seconds = b.getInt() & 0xFFFFFFFFL;
            long micros = b.getInt() & 0xFFFFFFFFL;
            int included = b.getInt();
            int original = b.getInt();
            if (included != original) {
                throw new IOException("truncated frame");
            }
            byte[] frame = new byte[included];
            b.get(frame);
            packets.add(decode(Instant.ofEpochSecond(seconds, micros * 1_000), frame));
        }
        return packets;
    }

    private static Packet decode(Instant time, byte[] f) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(f);
        if ((b.getShort(12) & 0xFFFF) != 0x0800 || f[14] != 0x45 || f[23] != 6) {
            throw new IOException("not IPv4/TCP");
        }
        int ipLength = b.getShort(16) & 0xFFFF;
        if (ipLength != f.length - 14) {
            throw new IOException("IP length " + ipLength + " for a frame of " + f.length);
        }
        boolean ipValid = PcapWriter.fold(PcapWriter.sum(f, 14, 20, 0)) == 0;
        int tcp = 34;
        int tcpLength = ipLength - 20;
        long pseudo = ((b.getShort(26) & 0xFFFF) + (b.getShort(28) & 0xFFFF) + (b.getShort(30) & 0xFFFF)
                + (b.getShort(32) & 0xFFFF) + 6 + tcpLength);
        boolean tcpValid = PcapWriter.fold(PcapWriter.sum(f, tcp, tcpLength, pseudo)) == 0;
        int headerLength = ((f[tcp + 12] & 0xFF) >>> 4) * 4;
        int mss = headerLength > 20 && f[tcp + 20] == 2 ? b.getShort(tcp + 22) & 0xFFFF : 0;
        byte[] payload = new byte[tcpLength - headerLength];
        System.arraycopy(f, tcp + headerLength, payload, 0, payload.length);
        return new Packet(time, ip(f, 26), ip(f, 30), b.getShort(tcp) & 0xFFFF, b.getShort(tcp + 2) & 0xFFFF,
                b.getInt(tcp + 4) & 0xFFFFFFFFL, b.getInt(tcp + 8) & 0xFFFFFFFFL, f[tcp + 13] & 0xFF, mss, payload,
                ipValid && tcpValid);
    }

    private static String ip(byte[] f, int at) {
        return (f[at] & 0xFF) + "." + (f[at + 1] & 0xFF) + "." + (f[at + 2] & 0xFF) + "." + (f[at + 3] & 0xFF);
    }
}
