package org.icsdrill.core.opcua;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events of the OPC UA endpoint, one JSON line each in {@code <dataDir>/audit.jsonl}:
 * failed logins and writes refused for lack of rights. Few and important, so each line is written
 * and flushed at once (IEC 62541-2, 4.12: auditing security-relevant actions).
 */
public final class AuditLog {

    public static final String FILE = "audit.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    AuditLog(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    void loginFailed(String user, String source) {
        ObjectNode line = event("login_failed", source);
        line.put("user", user);
        append(line);
    }

    void callDenied(String user, String source, String method) {
        ObjectNode line = event("call_denied", source);
        line.put("user", user);
        line.put("method", method);
        append(line);
    }

    void writeDenied(String user, String source, String node, String status) {
        ObjectNode line = event("write_denied", source);
        line.put("user", user);
        line.put("node", node);
        line.put("status", status);
        append(line);
    }

    private static ObjectNode event(String type, String source) {
        ObjectNode line = JSON.createObjectNode();
        line.put("time", Instant.now().toString());
        line.put("event", type);
        line.put("source", source);
        return line;
    }

    private synchronized void append(ObjectNode line) {
        try {
            Files.writeString(file, line.toString() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.error("cannot write the audit log {}: {} ({})", file, e.getMessage(), line);
        }
    }
}
