package org.icsdrill.evidence.stix;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.icsdrill.api.Tlp;

/**
 * How to write a bundle: the view, the reporting organisation (the {@code identity} every object is created
 * by), whether to anonymise it (no organisation name, no people's names: as J-CSIP passes reports on), the TLP
 * marking when not the approved report's, and whether a trainees' bundle may be written without an approved
 * report (a draft, marked so, never to share), and a detection tool's alerts to score (truth view).
 *
 * @param organisation the organisation's name; empty for the default
 */
public record StixOptions(StixView view, String organisation, boolean anonymise, Optional<Tlp> tlp, boolean draft,
                          Optional<Alerts> alerts) {

    /**
     * A detection tool's alerts on the run (Suricata EVE JSON or CSV, as {@code icsdrill score} reads them),
     * scored against the ground truth: each attack the tool detected is a sighting by the tool (truth view).
     */
    public record Alerts(Path file, String tool) {
        public Alerts {
            Objects.requireNonNull(file, "file");
            tool = tool == null || tool.isBlank() ? "IDS" : tool.strip();
        }
    }

    public StixOptions {
        Objects.requireNonNull(view, "view");
        organisation = Objects.requireNonNullElse(organisation, "").strip();
        Objects.requireNonNull(tlp, "tlp");
        Objects.requireNonNull(alerts, "alerts");
        if (view == StixView.TRAINEES && alerts.isPresent()) {
            // matching alerts to attacks reads the ground truth, which the trainees' view leaves out
            throw new IllegalArgumentException("a tool's alerts are scored against the ground truth: truth view only");
        }
    }

    public StixOptions(StixView view, String organisation, boolean anonymise, Optional<Tlp> tlp, boolean draft) {
        this(view, organisation, anonymise, tlp, draft, Optional.empty());
    }

    /** The view with the defaults: the default organisation, named, the approved TLP, no draft, no tool. */
    public static StixOptions of(StixView view) {
        return new StixOptions(view, "", false, Optional.empty(), false);
    }
}
