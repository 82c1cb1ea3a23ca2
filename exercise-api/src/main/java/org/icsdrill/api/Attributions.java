package org.icsdrill.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ATT&CK software and campaign entries a kill-chain scenario may name as the incident it follows, so
 * that its ground truth says which one (ATT&CK v15 ids and names), with MITRE's own STIX 2.1 facts for each
 * (the id of its {@code malware} or {@code campaign} object, its {@code created} and {@code modified}, from
 * MITRE's ATT&CK for ICS v15.1 STIX bundle), so that a truth incident export names MITRE's objects.
 */
public final class Attributions {

    /** An ATT&CK software ({@code S...}, a {@code malware} object) or campaign ({@code C...}) entry. */
    public record Entry(String id, String name, String stixId, String created, String modified) {

        /** {@code malware} for software, {@code campaign} for a campaign. */
        public String stixType() {
            return stixId.substring(0, stixId.indexOf("--"));
        }

        /** The entry's page on MITRE's site. */
        public String url() {
            return "https://attack.mitre.org/" + (id.startsWith("C") ? "campaigns/" : "software/") + id;
        }

        @Override
        public String toString() {
            return id + " " + name;
        }
    }

    private static final Map<String, Entry> BY_ID = new LinkedHashMap<>();

    static {
        String[][] rows = {
            {"S0089", "BlackEnergy", "54cc1d4f-5c53-4f0e-9ef5-11b4998e82e4", "2017-05-31T21:32:57.807Z",
                "2023-10-06T14:08:40.134Z"},
            {"S0603", "Stuxnet", "088f1d6e-0783-47c6-9923-9c79b2af43d4", "2020-12-14T17:34:58.457Z",
                "2024-04-10T23:46:32.577Z"},
            {"S0604", "Industroyer", "e401d4fe-f0c9-44f0-98e6-f93487678808", "2021-01-04T20:42:21.997Z",
                "2024-04-11T16:06:34.700Z"},
            {"S0607", "KillDisk", "e221eb77-1502-4129-af1d-fe1ad55e7ec6", "2021-01-20T18:05:07.059Z",
                "2023-10-06T14:09:52.833Z"},
            {"S0608", "Conficker", "58eddbaf-7416-419a-ad7b-e65b9d4c3b55", "2021-02-23T20:50:32.845Z",
                "2023-03-08T22:15:47.458Z"},
            {"S1009", "Triton", "80099a91-4c86-4bea-9ccb-dac55d61960e", "2019-03-26T15:02:14.907Z",
                "2024-04-17T16:12:43.754Z"},
            {"C0025", "2016 Ukraine Electric Power Attack", "aa73efef-1418-4dbe-b43c-87a498e97234",
                "2023-03-31T17:22:23.567Z", "2023-04-10T21:18:24.743Z"},
            {"C0028", "2015 Ukraine Electric Power Attack", "46421788-b6e1-4256-b351-f8beffd1afba",
                "2023-09-27T13:11:52.340Z", "2023-10-06T14:05:01.054Z"},
            {"C0030", "Triton Safety Instrumented System Attack", "45a98f02-852f-49b2-94c0-c63207bebbbf",
                "2024-03-25T17:47:37.619Z", "2024-04-17T16:17:07.038Z"},
        };
        for (String[] row : rows) {
            String type = row[0].startsWith("C") ? "campaign" : "malware";
            BY_ID.put(row[0], new Entry(row[0], row[1], type + "--" + row[2], row[3], row[4]));
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
