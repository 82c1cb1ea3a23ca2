package org.icsdrill.evidence.stix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Deterministic STIX identifiers, so that exporting the same run twice gives the same ids (STIX 2.1, 2.9):
 * UUIDv5 of a namespace and a natural key. Cyber-observables use the namespace and the canonical JSON of their
 * id-contributing properties that the specification gives them; the other objects use ICS Drill's namespace and
 * the run, the view and the object's own key.
 */
final class StixIds {

    /** STIX 2.1's namespace for the ids of cyber-observable objects. */
    static final UUID OBSERVABLE_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");
    /** ICS Drill's namespace for the ids of the objects it makes (fixed once; never change it). */
    static final UUID NAMESPACE = UUID.fromString("6f2c3c8e-9a51-4d0b-8e3a-1c5b7d9e2f40");

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final String run;

    /** @param run what tells this run and view from any other: the record's scenario, start, seed, opening and the view */
    StixIds(String run) {
        this.run = run;
    }

    /** An object of this run and view, known by its natural key. */
    String of(String type, String... key) {
        return type + "--" + uuid5(NAMESPACE, run + "\n" + type + "\n" + String.join("\n", key));
    }

    /** An object the same in every export (the reporting organisation): known by its key alone. */
    static String shared(String type, String... key) {
        return type + "--" + uuid5(NAMESPACE, type + "\n" + String.join("\n", key));
    }

    /** A cyber-observable's id from its id-contributing properties, as STIX 2.1 (2.9) makes it. */
    static String observable(String type, ObjectNode contributing) {
        try {
            // sorted keys, no white space: the JSON canonical form for the strings and numbers used here
            String canonical = CANONICAL.writeValueAsString(CANONICAL.treeToValue(contributing, Object.class));
            return type + "--" + uuid5(OBSERVABLE_NAMESPACE, canonical);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4122 (9562) name-based UUID, version 5 (SHA-1). */
    static UUID uuid5(UUID namespace, String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                    .putLong(namespace.getLeastSignificantBits()).array());
            byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is in every Java", e);
        }
    }
}
