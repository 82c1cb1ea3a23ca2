package org.icsdrill.api;

import java.util.List;

/**
 * What a host's event log records, with the Elastic Common Schema categorisation and the Windows (or
 * Sysmon) event id a real host would log it under, so that a SIEM rule written for one matches the
 * other (docs/site.md, "Host event logs").
 *
 * @param id            the ECS {@code event.action}
 * @param category      ECS {@code event.category}
 * @param type          ECS {@code event.type}
 * @param code          the Windows Security (or Sysmon, for {@code network-connection}) event id on success
 * @param failureCode   the event id when the outcome is a failure (4625 for a failed logon); {@code code} otherwise
 */
public enum HostEventAction {
    LOGON("logon", "authentication", List.of("start"), "4624", "4625"),
    PROCESS_STARTED("process-started", "process", List.of("start"), "4688", "4688"),
    REMOVABLE_MEDIA("removable-media", "host", List.of("info"), "6416", "6416"),
    SERVICE_INSTALLED("service-installed", "configuration", List.of("creation"), "7045", "7045"),
    NETWORK_CONNECTION("network-connection", "network", List.of("connection", "start"), "3", "3"),
    FIREWALL_DROP("firewall-drop", "network", List.of("connection", "denied"), "5157", "5157"),
    HOST_QUARANTINED("host-quarantined", "host", List.of("change"), "", ""),
    ACCOUNT_DISABLED("account-disabled", "iam", List.of("user", "change"), "4725", "4725"),
    CREDENTIAL_RESET("credential-reset", "iam", List.of("user", "change"), "4724", "4724");

    private final String id;
    private final String category;
    private final List<String> type;
    private final String code;
    private final String failureCode;

    HostEventAction(String id, String category, List<String> type, String code, String failureCode) {
        this.id = id;
        this.category = category;
        this.type = type;
        this.code = code;
        this.failureCode = failureCode;
    }

    public String id() {
        return id;
    }

    public String category() {
        return category;
    }

    public List<String> type() {
        return type;
    }

    /** The Windows event id for this outcome; empty for an action no Windows log has (an EDR's quarantine). */
    public String code(boolean failed) {
        return failed ? failureCode : code;
    }
}
