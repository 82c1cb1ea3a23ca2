package org.icsdrill.evidence.stix;

import java.util.Objects;
import java.util.Optional;
import org.icsdrill.api.Tlp;

/**
 * How to write a bundle: the view, the reporting organisation (the {@code identity} every object is created
 * by), whether to anonymise it (no organisation name, no people's names: as J-CSIP passes reports on), the TLP
 * marking when not the approved report's, and whether a trainees' bundle may be written without an approved
 * report (a draft, marked so, never to share).
 *
 * @param organisation the organisation's name; empty for the default
 */
public record StixOptions(StixView view, String organisation, boolean anonymise, Optional<Tlp> tlp, boolean draft) {

    public StixOptions {
        Objects.requireNonNull(view, "view");
        organisation = Objects.requireNonNullElse(organisation, "").strip();
        Objects.requireNonNull(tlp, "tlp");
    }

    /** The view with the defaults: the default organisation, named, the approved TLP, no draft. */
    public static StixOptions of(StixView view) {
        return new StixOptions(view, "", false, Optional.empty(), false);
    }
}
