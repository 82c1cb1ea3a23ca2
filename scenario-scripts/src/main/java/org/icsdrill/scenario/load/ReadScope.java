package org.icsdrill.scenario.load;

import java.time.Duration;
import java.util.Optional;
import org.icsdrill.scenario.site.Site;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What the readers of one file share: the diagnostics, the tags of the listed plants, the
 * scenario's end (empty when the duration itself was wrong, so times go unchecked) and the step ids.
 */
/**
 * What the readers of one scenario share.
 *
 * @param site the site the scenario runs on, for its kill chains' hosts: its own, else the reference site
 */
record ReadScope(Values values, TagDirectory tags, Optional<Duration> end, StepIds ids, Site site) {

    Diagnostics diagnostics() {
        return values.diagnostics();
    }

    /** Reports a plant time after the end of the scenario. */
    void checkInside(Duration time, Node node, String what) {
        end.filter(e -> time.compareTo(e) > 0).ifPresent(e -> diagnostics().at(node,
                what + " " + DurationFormat.format(time) + " is after the end of the scenario ("
                        + DurationFormat.format(e) + ")"));
    }

}
