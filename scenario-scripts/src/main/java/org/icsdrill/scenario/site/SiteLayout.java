package org.icsdrill.scenario.site;

import java.util.List;
import org.icsdrill.api.HostState;
import org.icsdrill.api.SiteView;

/** A site's zones and hosts as the run's {@link SiteView} starts them: every host clean, every account enabled. */
public final class SiteLayout {

    private SiteLayout() {
    }

    public static List<SiteView.Zone> zones(Site site) {
        return site.zones().stream()
                .map(z -> new SiteView.Zone(z.name(), z.level(), z.securityLevelTarget(), z.cidr())).toList();
    }

    public static List<SiteView.Host> hosts(Site site) {
        return site.hosts().stream().map(h -> new SiteView.Host(h.name(), h.role(), h.zone(), h.address(),
                HostState.CLEAN, h.accounts().stream().map(a -> new SiteView.Account(a.name(), a.kind(), true, 0))
                        .toList())).toList();
    }
}
