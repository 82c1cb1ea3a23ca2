package org.icsdrill.core.exercise;

import java.util.List;
import org.icsdrill.api.ConduitTarget;
import org.icsdrill.api.ExerciseRefusal;
import org.icsdrill.api.ExerciseResult;
import org.icsdrill.api.ResultCode;
import org.icsdrill.api.SiteView;
import org.icsdrill.core.net.ConduitRule;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.site.SiteState;

/**
 * The response actions taken on the site network rather than on a plant: closing a conduit (or one
 * service on it) and opening it again, quarantining a host, disabling an account, resetting its
 * password. Each acts at once; a run without a site refuses them with {@link ResultCode#NO_SITE_NETWORK}.
 */
final class SiteResponses {

    /** The roles whose host is a plant's own controller: cut off with close_conduit, not quarantined. */
    private static final List<String> CONTROLLERS = List.of("plc", "sis");

    private final SourcePolicy policy;
    private volatile SiteState site;

    SiteResponses(SourcePolicy policy) {
        this.policy = policy;
    }

    void use(SiteState state) {
        this.site = state;
    }

    ExerciseResult closeConduit(String target) {
        Firewall firewall = policy.firewall();
        ConduitTarget aim = conduit(firewall, target);
        if (aim.whole()) {
            firewall.closeConduit(aim.conduit());
            return ExerciseResult.done(ResultCode.CONDUIT_CLOSED, aim.conduit());
        }
        firewall.closeService(aim.conduit(), aim.protocol(), aim.port());
        return ExerciseResult.done(ResultCode.SERVICE_CLOSED, aim.service(), aim.conduit());
    }

    ExerciseResult reopenConduit(String target) {
        Firewall firewall = policy.firewall();
        ConduitTarget aim = conduit(firewall, target);
        if (aim.whole()) {
            firewall.openConduit(aim.conduit());
            return ExerciseResult.done(ResultCode.CONDUIT_REOPENED, aim.conduit());
        }
        firewall.openService(aim.conduit(), aim.protocol(), aim.port());
        return ExerciseResult.done(ResultCode.SERVICE_REOPENED, aim.service(), aim.conduit());
    }

    /** The conduit, and the service when one is named, checked against the site's; refused when unknown. */
    private static ConduitTarget conduit(Firewall firewall, String target) {
        List<String> conduits = firewall.rules().stream().map(ConduitRule::conduit).distinct().toList();
        if (conduits.isEmpty()) {
            throw new ExerciseRefusal(ResultCode.NO_SITE_NETWORK);
        }
        ConduitTarget aim = ConduitTarget.parse(target);
        if (!conduits.contains(aim.conduit())) {
            throw new ExerciseRefusal(ResultCode.UNKNOWN_CONDUIT, aim.conduit(), String.join(", ", conduits));
        }
        List<String> services = firewall.rules().stream().filter(r -> r.conduit().equals(aim.conduit()))
                .map(ConduitRule::service).distinct().toList();
        if (!aim.whole() && !services.contains(aim.service())) {
            throw new ExerciseRefusal(ResultCode.SERVICE_NOT_ON_CONDUIT, aim.service(), aim.conduit(),
                    String.join(", ", services));
        }
        return aim;
    }

    ExerciseResult quarantine(String target) {
        SiteState state = site();
        String name = target == null ? "" : target.strip();
        SiteView.Host host = requireHost(state, name);
        if (CONTROLLERS.contains(host.role())) {
            throw new ExerciseRefusal(ResultCode.HOST_IS_A_CONTROLLER, name);
        }
        state.hosts().quarantine(name);
        return ExerciseResult.done(ResultCode.HOST_QUARANTINED, name, host.address());
    }

    ExerciseResult disableAccount(String target) {
        SiteState state = site();
        String account = account(state, target);
        state.hosts().disable(account);
        return ExerciseResult.done(ResultCode.ACCOUNT_DISABLED, account,
                String.join(", ", state.hosts().hostsWith(account)));
    }

    ExerciseResult resetCredential(String target) {
        SiteState state = site();
        String account = account(state, target);
        state.hosts().resetCredential(account);
        return ExerciseResult.done(ResultCode.CREDENTIAL_RESET, account,
                String.join(", ", state.hosts().hostsWith(account)));
    }

    /** A host of the site, by name; refused with the site's hosts when unknown, or when the run has none. */
    static SiteView.Host requireHost(SiteState state, String name) {
        if (state == null) {
            throw new ExerciseRefusal(ResultCode.NO_SITE_NETWORK);
        }
        return state.hosts().named(name).orElseThrow(() -> new ExerciseRefusal(
                ResultCode.UNKNOWN_SITE_HOST, name, String.join(", ", state.hosts().names())));
    }

    private static String account(SiteState state, String target) {
        String account = target == null ? "" : target.strip();
        if (!state.hosts().accounts().contains(account)) {
            throw new ExerciseRefusal(ResultCode.UNKNOWN_ACCOUNT, account, String.join(", ", state.hosts().accounts()));
        }
        return account;
    }

    private SiteState site() {
        SiteState state = site;
        if (state == null) {
            throw new ExerciseRefusal(ResultCode.NO_SITE_NETWORK);
        }
        return state;
    }
}
