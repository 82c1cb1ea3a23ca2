package org.icsdrill.ui.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.icsdrill.api.HostState;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.SiteView;

/**
 * What the site offers as the target of a site action, as the server takes it: conduits and
 * {@code conduit protocol/port} to close or reopen, the hosts an EDR
 * can quarantine (not the controllers: a PLC or a safety system runs no EDR, and is not already
 * quarantined), the accounts to disable (the enabled ones) or reset. None for the other actions.
 */
final class SiteTargets {

    /** Hosts no EDR runs on: their isolation is a conduit's or an endpoint's business. */
    private static final Set<String> CONTROLLERS = Set.of("plc", "sis");

    private SiteTargets() {
    }

    static List<String> of(ResponseAction action, SiteView site) {
        if (action == null) {
            return List.of();
        }
        return switch (action) {
            case CLOSE_CONDUIT -> conduits(site, false);
            case REOPEN_CONDUIT -> conduits(site, true);
            case QUARANTINE_HOST -> site.hosts().stream()
                    .filter(h -> !CONTROLLERS.contains(h.role()) && h.state() != HostState.QUARANTINED)
                    .map(SiteView.Host::name).toList();
            case DISABLE_ACCOUNT -> accounts(site, true);
            case RESET_CREDENTIAL -> accounts(site, false);
            default -> List.of();
        };
    }

    /**
     * To close: a conduit with a service open, and each open service of one that has several. To reopen: a
     * conduit all closed, and each closed service; the view cannot tell a conduit closed whole from one
     * whose every service was closed, so both ways are offered.
     */
    private static List<String> conduits(SiteView site, boolean reopen) {
        List<String> targets = new ArrayList<>();
        for (SiteView.Conduit c : site.conduits()) {
            List<String> open = c.services().stream().filter(s -> !c.closed().contains(s)).toList();
            List<String> shut = c.services().stream().filter(s -> c.closed().contains(s)).toList();
            if (reopen ? open.isEmpty() && !shut.isEmpty() : !open.isEmpty()) {
                targets.add(c.name());
            }
            if (reopen || c.services().size() > 1) {
                (reopen ? shut : open).forEach(s -> targets.add(c.name() + " " + s));
            }
        }
        return targets;
    }

    private static List<String> accounts(SiteView site, boolean enabledOnly) {
        return site.hosts().stream().flatMap(h -> h.accounts().stream())
                .filter(a -> !enabledOnly || a.enabled()).map(SiteView.Account::name).distinct().toList();
    }
}
