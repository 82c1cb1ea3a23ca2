package org.icsdrill.ui.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.SiteView;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.site.SiteState;
import org.icsdrill.ui.ReferenceSite;
import org.junit.jupiter.api.Test;

/** The response form's choices of target, drawn from the run's site. */
class SiteTargetsTest {

    private final SiteState site = ReferenceSite.state(new SourcePolicy(), () -> 0);

    @Test
    void conduitsToCloseAreTheOpenOnesAndToReopenTheClosedOnes() {
        site.firewall().closeService("enterprise-dmz", "rdp", 3389);
        site.firewall().closeConduit("internet-dmz");
        SiteView view = site.view();

        assertThat(SiteTargets.of(ResponseAction.CLOSE_CONDUIT, view)).startsWith("enterprise-dmz",
                "enterprise-dmz https/443", "dmz-operations").doesNotContain("internet-dmz", "enterprise-dmz rdp/3389")
                .contains("operations-control-chemical");
        assertThat(SiteTargets.of(ResponseAction.REOPEN_CONDUIT, view)).containsExactly(
                "enterprise-dmz rdp/3389", "internet-dmz", "internet-dmz vpn/443");
    }

    @Test
    void hostsToQuarantineAreNotControllersNorQuarantinedAlready() {
        site.hosts().quarantine("office-pc-2");

        assertThat(SiteTargets.of(ResponseAction.QUARANTINE_HOST, site.view()))
                .contains("office-pc-1", "jump-host", "engineering", "scada")
                .doesNotContain("office-pc-2", "chemical-plc", "power-plc", "chemical-sis");
    }

    @Test
    void accountsEachOnceTheDisabledOnesNotToDisableAgain() {
        site.hosts().disable("vendor-support");

        assertThat(SiteTargets.of(ResponseAction.RESET_CREDENTIAL, site.view())).containsOnlyOnce("vendor-support")
                .contains("jump-admin", "a.tanaka", "ews-admin");
        assertThat(SiteTargets.of(ResponseAction.DISABLE_ACCOUNT, site.view())).doesNotContain("vendor-support")
                .containsOnlyOnce("operator");
    }

    @Test
    void otherActionsAndARunWithoutASiteOfferNothing() {
        assertThat(SiteTargets.of(ResponseAction.ISOLATE_HOST, site.view())).isEmpty();
        assertThat(SiteTargets.of(ResponseAction.QUARANTINE_HOST, SiteView.NONE)).isEmpty();
        assertThat(SiteTargets.of(null, site.view())).isEmpty();
        assertThat(ResponseViewModel.needsPlant(ResponseAction.QUARANTINE_HOST)).isFalse();
        assertThat(ResponseViewModel.needsPlant(ResponseAction.REOPEN_CONDUIT)).isFalse();
        assertThat(ResponseViewModel.needsPlant(ResponseAction.RESTORE_PROGRAM)).isTrue();
    }
}
