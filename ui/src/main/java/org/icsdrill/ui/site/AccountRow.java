package org.icsdrill.ui.site;

import org.icsdrill.api.SiteView;
import org.icsdrill.ui.common.Messages;

/**
 * An account of the host panel's host: its kind and whether it is enabled in the console's language,
 * and how often its password was reset during the run.
 */
public record AccountRow(String name, String kind, String enabled, boolean disabled, int resets) {

    static AccountRow of(SiteView.Account a, Messages messages) {
        String kind = messages.bundle().containsKey("host.kind." + a.kind()) ? messages.get("host.kind." + a.kind())
                : a.kind();
        return new AccountRow(a.name(), kind, messages.get(a.enabled() ? "host.enabled" : "host.disabled"),
                !a.enabled(), a.credentialResets());
    }
}
