package org.icsdrill.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.output.Compression;

/** The connections a run's capture opened: each TCP SYN (Ethernet, IPv4) with its time, addresses and port. */
record CaptureSyns(Instant time, String source, String destination, int port) {

    private static final int MICROS = 0xa1b2c3d4;

    /**
     * Every SYN of a libpcap file, in capture order (microsecond or nanosecond time stamps); the compressed
     * file a long run wrote ({@code capture.pcap.zst}) when there is no plain one.
     */
    static List<CaptureSyns> read(Path capture) throws IOException {
        byte[] bytes;
        try (InputStream in = Compression.open(capture)) {
            bytes = in.readAllBytes();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long fraction = b.getInt(0) == MICROS ? 1_000 : 1;
        List<CaptureSyns> syns = new ArrayList<>();
        for (int at = 24; at < b.limit(); at += 16 + b.getInt(at + 8)) {
            int ip = at + 16 + 14;
            int tcp = ip + (b.get(ip) & 0x0F) * 4;
            if ((b.get(tcp + 13) & 0x12) == 0x02) {
                Instant time = Instant.ofEpochSecond(Integer.toUnsignedLong(b.getInt(at)),
                        Integer.toUnsignedLong(b.getInt(at + 4)) * fraction);
                int port = ((b.get(tcp + 2) & 0xFF) << 8) | (b.get(tcp + 3) & 0xFF);
                syns.add(new CaptureSyns(time, address(b, ip + 12), address(b, ip + 16), port));
            }
        }
        return syns;
    }

    /** {@code 127.0.40.11 -> 127.0.40.5}. */
    String pair() {
        return source + " -> " + destination;
    }

    private static String address(ByteBuffer b, int at) {
        return (b.get(at) & 0xFF) + "." + (b.get(at + 1) & 0xFF) + "." + (b.get(at + 2) & 0xFF) + "." + (b.get(at + 3) & 0xFF);
    }
}
