package org.icsdrill.scenario.model;

import java.util.List;
import java.util.Optional;
import org.icsdrill.api.Attributions;

/**
 * The published incident a kill-chain scenario follows, as ATT&CK names it: its software (Stuxnet S0603,
 * BlackEnergy S0089...) and its campaign (the 2015 Ukraine attack C0028...). The ground truth carries it.
 */
public record Attribution(List<Attributions.Entry> software, Optional<Attributions.Entry> campaign) {

    public static final Attribution NONE = new Attribution(List.of(), Optional.empty());

    public Attribution {
        software = List.copyOf(software);
    }

    public boolean isEmpty() {
        return software.isEmpty() && campaign.isEmpty();
    }

    /** {@code S0603 Stuxnet; C0028 2015 Ukraine Electric Power Attack}: as the record's meta keeps it. */
    @Override
    public String toString() {
        List<String> all = new java.util.ArrayList<>(software.stream().map(Attributions.Entry::toString).toList());
        campaign.ifPresent(c -> all.add(c.toString()));
        return String.join("; ", all);
    }
}
