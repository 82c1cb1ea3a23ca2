package org.icsdrill.scenario.model;

import java.util.ArrayList;
import java.util.List;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.scenario.site.Site;

/**
 * Which responses stop a kill chain's stage (docs/scenarios.md, "Kill chains"), as the engine checks its
 * path: cutting off a host it needs ({@code quarantine_host} by name or {@code isolate_host} by address, the
 * stage's own host or the one it moves to), the account it logs on with ({@code disable_account},
 * {@code reset_credential}), or, for a move, a conduit it crosses (any: the run's site says which).
 */
public final class StageRemedies {

    private StageRemedies() {
    }

    public static List<ExpectedAction> ending(Action.Stage stage, Site site) {
        List<ExpectedAction> ending = new ArrayList<>();
        List<String> hosts = new ArrayList<>(List.of(stage.host()));
        stage.move().ifPresent(m -> hosts.add(m.to()));
        for (String host : hosts) {
            ending.add(new ExpectedAction(ResponseAction.QUARANTINE_HOST, host));
            ending.add(new ExpectedAction(ResponseAction.ISOLATE_HOST, site.host(host).address()));
        }
        stage.move().flatMap(Action.Move::account).ifPresent(account -> {
            ending.add(new ExpectedAction(ResponseAction.DISABLE_ACCOUNT, account));
            ending.add(new ExpectedAction(ResponseAction.RESET_CREDENTIAL, account));
        });
        if (stage.move().isPresent()) {
            ending.add(new ExpectedAction(ResponseAction.CLOSE_CONDUIT, ""));
        }
        return List.copyOf(ending);
    }
}
