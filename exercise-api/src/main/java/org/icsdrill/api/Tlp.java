package org.icsdrill.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Traffic Light Protocol 2.0 (FIRST): how far a shared report may go. Each level is one of the STIX 2.1 TLP 2.0
 * marking definitions that OASIS publishes (extension {@link #EXTENSION}), with its fixed id.
 */
public enum Tlp {
    /** Anyone. */
    CLEAR("clear", "94868c89-83c2-464b-929b-a1a8aa3c8487"),
    /** The community: the sector, the ISAC's members. */
    GREEN("green", "bab4a63c-aed9-4cf5-a766-dfca5abac2bb"),
    /** The recipients' organisations and their clients. */
    AMBER("amber", "55d920b0-5e8b-4f79-9ee9-91f868d9b421"),
    /** The recipients' organisations only. */
    AMBER_STRICT("amber+strict", "939a9414-2ddd-4d32-a0cd-375ea402b003"),
    /** The named recipients only. */
    RED("red", "e828b379-4e03-4974-9ac4-e53a884c97c1");

    /** The TLP 2.0 property extension of STIX marking definitions. */
    public static final String EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    /** When OASIS made the TLP 2.0 marking definitions: their {@code created}. */
    public static final String CREATED = "2022-10-01T00:00:00.000Z";

    private final String level;
    private final String uuid;

    Tlp(String level, String uuid) {
        this.level = level;
        this.uuid = uuid;
    }

    /** {@code amber+strict}: the level as TLP 2.0 and its STIX extension write it. */
    public String level() {
        return level;
    }

    /** {@code TLP:AMBER+STRICT}. */
    public String label() {
        return "TLP:" + level.toUpperCase(Locale.ROOT);
    }

    /** The id of OASIS's marking definition for this level. */
    public String markingId() {
        return "marking-definition--" + uuid;
    }

    /** The level written as {@link #level()} or {@link #label()}, any case; empty when it is none of them. */
    public static java.util.Optional<Tlp> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replaceFirst("^tlp:", "");
        return Arrays.stream(values()).filter(v -> v.level.equals(t)).findFirst();
    }

    public static List<String> levels() {
        return Arrays.stream(values()).map(Tlp::level).toList();
    }
}
