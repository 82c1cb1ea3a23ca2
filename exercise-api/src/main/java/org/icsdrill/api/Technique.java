package org.icsdrill.api;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A MITRE ATT&CK for ICS technique, such as {@code T0832 Manipulation of View}, with MITRE's own STIX 2.1
 * facts for it: the id of its {@code attack-pattern} object, its tactics ({@code mitre-ics-attack} kill-chain
 * phase names such as {@code impair-process-control}) and that object's {@code created} and {@code modified}.
 */
public record Technique(String id, String name, String stixId, List<String> tactics, String created,
                        String modified) {

    /** The STIX type of a technique's object. */
    public static final String STIX_TYPE = "attack-pattern";
    /** The kill chain of ATT&CK for ICS in MITRE's STIX data. */
    public static final String KILL_CHAIN = "mitre-ics-attack";

    private static final Pattern ID = Pattern.compile("T0\\d{3}");

    public Technique {
        Objects.requireNonNull(name, "name");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an ATT&CK for ICS technique id: " + id);
        }
        if (stixId == null || !stixId.startsWith(STIX_TYPE + "--")) {
            throw new IllegalArgumentException("not an attack-pattern id: " + stixId);
        }
        tactics = List.copyOf(tactics);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
    }

    /** The technique's page on MITRE's site, as MITRE's {@code external_references} give it. */
    public String url() {
        return "https://attack.mitre.org/techniques/" + id;
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
