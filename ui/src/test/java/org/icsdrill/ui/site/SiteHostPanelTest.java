package org.icsdrill.ui.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.api.HostEventAction;
import org.icsdrill.api.HostState;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.site.HostEventLog.Entry;
import org.icsdrill.core.site.SiteState;
import org.icsdrill.ui.ReferenceSite;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.ExerciseUpdate;
import org.icsdrill.ui.opcua.ExerciseSample;
import org.junit.jupiter.api.Test;

/** The host panel's rows from the site and host events as the server publishes them, in English and Japanese. */
class SiteHostPanelTest {

    private final AtomicReference<Double> clock = new AtomicReference<>(600.0);
    private final SiteState site = ReferenceSite.state(new SourcePolicy(), clock::get);

    @Test
    void theChosenHostsDetailsAccountsAndEventsNewestFirstFailuresMarked() {
        site.events().log(Entry.of("jump-host", HostEventAction.LOGON, true, "RDP logon").by("jump-admin")
                .to("127.0.35.20", 3389, "rdp"));
        clock.set(615.0);
        site.events().log(Entry.of("office-pc-1", HostEventAction.PROCESS_STARTED, true, "outlook.exe"));
        site.events().log(Entry.of("jump-host", HostEventAction.LOGON, false, "bad password").by("vendor-support"));
        site.hosts().resetCredential("jump-admin");
        SiteViewModel model = new SiteViewModel(Messages.load(Locale.ENGLISH));
        model.apply(published());

        model.choose("jump-host");

        HostPanelViewModel panel = model.panel();
        assertThat(panel.roleProperty().get()).isEqualTo("jump-host");
        assertThat(panel.addressProperty().get()).isEqualTo("127.0.35.20");
        assertThat(panel.zoneProperty().get()).isEqualTo("dmz");
        assertThat(panel.stateTextProperty().get()).isEqualTo("clean");
        assertThat(panel.accounts()).containsExactly(new AccountRow("jump-admin", "administrator", "enabled", false, 1));
        assertThat(panel.events()).extracting(HostEventRow::action).containsExactly("Password reset", "Logon", "Logon");
        HostEventRow failed = panel.events().get(1);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.outcome()).isEqualTo("FAILED");
        assertThat(failed.user()).isEqualTo("vendor-support");
        assertThat(failed.time()).isEqualTo("00:10:15");
        HostEventRow first = panel.events().get(2);
        assertThat(first.failed()).isFalse();
        assertThat(first.time()).isEqualTo("00:10:00");
        assertThat(first.destination()).isEqualTo("127.0.35.20:3389 (rdp)");
        assertThat(first.detail()).isEqualTo("RDP logon");
        assertThat(panel.hosts()).hasSize(ReferenceSite.HOSTS.size()).startsWith("supplier-laptop", "directory");
    }

    @Test
    void newEventsGoOnTopOfTheRowsShownAndAStateChangeShows() {
        SiteViewModel model = new SiteViewModel(Messages.load(Locale.ENGLISH));
        model.choose("office-pc-1");
        site.events().log(Entry.of("office-pc-1", HostEventAction.LOGON, true, "").by("a.tanaka"));
        model.apply(published());
        HostEventRow logon = model.panel().events().get(0);

        site.hosts().quarantine("office-pc-1");
        site.hosts().disable("a.tanaka");
        model.apply(published());

        assertThat(model.panel().events()).extracting(HostEventRow::action)
                .containsExactly("Account disabled", "Host quarantined", "Logon");
        assertThat(model.panel().events().get(2)).isSameAs(logon);
        assertThat(model.panel().stateProperty().get()).isEqualTo(HostState.QUARANTINED);
        assertThat(model.panel().stateTextProperty().get()).isEqualTo("quarantined");
        assertThat(model.panel().accounts().get(0).disabled()).isTrue();
        assertThat(model.panel().accounts().get(0).enabled()).isEqualTo("DISABLED");
    }

    @Test
    void inJapaneseTheEventsAndStatesAreSaidInJapanese() {
        site.events().log(Entry.of("engineering", HostEventAction.REMOVABLE_MEDIA, true, "USB mass storage")
                .by("engineer"));
        site.events().log(Entry.of("engineering", HostEventAction.FIREWALL_DROP, false, "default-deny")
                .to("127.0.24.2", 502, "modbus"));
        site.hosts().compromise("engineering");
        SiteViewModel model = new SiteViewModel(Messages.load(Locale.JAPANESE));
        model.apply(published());
        model.choose("engineering");

        assertThat(model.panel().events()).extracting(HostEventRow::action)
                .containsExactly("ファイアウォールによる遮断", "リムーバブルメディア");
        assertThat(model.panel().events().get(0).outcome()).isEqualTo("失敗");
        assertThat(model.panel().events().get(0).destination()).isEqualTo("127.0.24.2:502（modbus）");
        assertThat(model.panel().stateTextProperty().get()).isEqualTo("侵害あり");
        assertThat(model.panel().accounts()).extracting(AccountRow::kind).containsExactly("ユーザー", "管理者");
    }

    @Test
    void noSiteNoMapAndNoHost() {
        SiteViewModel model = new SiteViewModel(Messages.load(Locale.ENGLISH));
        model.apply(ExerciseUpdate.of(Map.of(ExerciseAddress.SITE,
                new ExerciseSample(ExerciseAddress.SITE, ExerciseJson.write(org.icsdrill.api.SiteView.NONE)))));

        assertThat(model.existsProperty().get()).isFalse();
        assertThat(model.mapProperty().get().rows()).isEmpty();
        model.choose("office-pc-1");
        assertThat(model.panel().showing()).isFalse();
        assertThat(model.panel().roleProperty().get()).isEmpty();
    }

    /** What a console receives: both variables, as JSON. */
    private ExerciseUpdate published() {
        return ExerciseUpdate.of(Map.of(
                ExerciseAddress.SITE, new ExerciseSample(ExerciseAddress.SITE, ExerciseJson.write(site.view())),
                ExerciseAddress.HOST_EVENTS, new ExerciseSample(ExerciseAddress.HOST_EVENTS,
                        ExerciseJson.write(site.events().newest()))));
    }
}
