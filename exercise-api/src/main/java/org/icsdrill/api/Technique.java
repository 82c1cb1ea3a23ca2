package org.icsdrill.api;

import java.util.Objects;
import java.util.regex.Pattern;

/** A MITRE ATT&CK for ICS technique, such as {@code T0832 Manipulation of View}. */
public record Technique(String id, String name) {

    private static final Pattern ID = Pattern.compile("T0\\d{3}");

    public Technique {
        Objects.requireNonNull(name, "name");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an ATT&CK for ICS technique id: " + id);
        }
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
