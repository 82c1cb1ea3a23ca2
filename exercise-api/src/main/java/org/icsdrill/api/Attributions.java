package org.icsdrill.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ATT&CK software and campaign entries a kill-chain scenario may name as the incident it follows, so
 * that its ground truth says which one (ATT&CK v15 ids and names).
 */
public final class Attributions {

    /** An ATT&CK software ({@code S...}) or campaign ({@code C...}) entry. */
    public record Entry(String id, String name) {
        @Override
        public String toString() {
            return id + " " + name;
        }
    }

    private static final Map<String, Entry> BY_ID = new LinkedHashMap<>();

    static {
        String[][] rows = {
            {"S0089", "BlackEnergy"},
            {"S0603", "Stuxnet"},
            {"S0604", "Industroyer"},
            {"S0607", "KillDisk"},
            {"S0608", "Conficker"},
            {"S1009", "Triton"},
            {"C0025", "2016 Ukraine Electric Power Attack"},
            {"C0028", "2015 Ukraine Electric Power Attack"},
            {"C0030", "Triton Safety Instrumented System Attack"},
        };
        for (String[] row : rows) {
            BY_ID.put(row[0], new Entry(row[0], row[1]));
        }
    }

    private Attributions() {
    }

    public static Optional<Entry> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }
}
