package org.icsdrill.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue of ATT&CK for ICS techniques (v15 names): the ones the attack library plays, the ones the
 * kill chains' stages name (initial access, execution, lateral movement), and the common ones an instructor
 * or trainee may name, so the console can offer them in a list.
 */
public final class Techniques {

    private static final Map<String, Technique> BY_ID;

    static {
        Map<String, Technique> map = new LinkedHashMap<>();
        String[][] rows = {
            {"T0800", "Activate Firmware Update Mode"},
            {"T0802", "Automated Collection"},
            {"T0803", "Block Command Message"},
            {"T0804", "Block Reporting Message"},
            {"T0806", "Brute Force I/O"},
            {"T0807", "Command-Line Interface"},
            {"T0809", "Data Destruction"},
            {"T0811", "Data from Information Repositories"},
            {"T0812", "Default Credentials"},
            {"T0813", "Denial of Control"},
            {"T0814", "Denial of Service"},
            {"T0815", "Denial of View"},
            {"T0816", "Device Restart/Shutdown"},
            {"T0817", "Drive-by Compromise"},
            {"T0819", "Exploit Public-Facing Application"},
            {"T0821", "Modify Controller Tasking"},
            {"T0822", "External Remote Services"},
            {"T0823", "Graphical User Interface"},
            {"T0826", "Loss of Availability"},
            {"T0827", "Loss of Control"},
            {"T0828", "Loss of Productivity and Revenue"},
            {"T0829", "Loss of View"},
            {"T0830", "Adversary-in-the-Middle"},
            {"T0831", "Manipulation of Control"},
            {"T0832", "Manipulation of View"},
            {"T0836", "Modify Parameter"},
            {"T0837", "Loss of Protection"},
            {"T0838", "Modify Alarm Settings"},
            {"T0840", "Network Connection Enumeration"},
            {"T0842", "Network Sniffing"},
            {"T0843", "Program Download"},
            {"T0845", "Program Upload"},
            {"T0846", "Remote System Discovery"},
            {"T0847", "Replication Through Removable Media"},
            {"T0848", "Rogue Master"},
            {"T0849", "Masquerading"},
            {"T0853", "Scripting"},
            {"T0855", "Unauthorized Command Message"},
            {"T0856", "Spoof Reporting Message"},
            {"T0858", "Change Operating Mode"},
            {"T0859", "Valid Accounts"},
            {"T0861", "Point & Tag Identification"},
            {"T0862", "Supply Chain Compromise"},
            {"T0863", "User Execution"},
            {"T0864", "Transient Cyber Asset"},
            {"T0865", "Spearphishing Attachment"},
            {"T0866", "Exploitation of Remote Services"},
            {"T0867", "Lateral Tool Transfer"},
            {"T0869", "Standard Application Layer Protocol"},
            {"T0872", "Indicator Removal on Host"},
            {"T0873", "Project File Infection"},
            {"T0878", "Alarm Suppression"},
            {"T0879", "Damage to Property"},
            {"T0880", "Loss of Safety"},
            {"T0881", "Service Stop"},
            {"T0882", "Theft of Operational Information"},
            {"T0883", "Internet Accessible Device"},
            {"T0884", "Connection Proxy"},
            {"T0885", "Commonly Used Port"},
            {"T0886", "Remote Services"},
            {"T0888", "Remote System Information Discovery"},
            {"T0889", "Modify Program"},
            {"T0891", "Hardcoded Credentials"},
        };
        for (String[] row : rows) {
            map.put(row[0], new Technique(row[0], row[1]));
        }
        BY_ID = Collections.unmodifiableMap(map);
    }

    private Techniques() {
    }

    public static Optional<Technique> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The technique with this id; for ids written in code, which must be in the catalogue. */
    public static Technique require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("technique not in the catalogue: " + id));
    }

    /** Every technique, ordered by id. */
    public static List<Technique> all() {
        return List.copyOf(BY_ID.values());
    }

    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }
}
