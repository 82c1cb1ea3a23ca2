package org.icsdrill.core.modbus;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** Reads a frame's bytes against one deadline for the whole request, so a slow trickle cannot hold a slot. */
final class FrameReader {

    private FrameReader() {
    }

    /**
     * Reads exactly {@code length} bytes by {@code deadline} (System.nanoTime()), or throws
     * SocketTimeoutException; false on a clean end of stream before the first byte if allowed.
     */
    static boolean readFully(Socket socket, long deadline, InputStream in, byte[] buffer, int offset, int length,
                             boolean endAllowed) throws IOException {
        int read = 0;
        while (read < length) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("request not complete within the idle timeout");
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
            int n = in.read(buffer, offset + read, length - read);
            if (n < 0) {
                if (read == 0 && endAllowed) {
                    return false;
                }
                throw new EOFException("connection closed inside a frame");
            }
            read += n;
        }
        return true;
    }
}
