package org.icsdrill.ui.common;

import java.util.HashMap;
import java.util.Map;
import org.icsdrill.ui.opcua.TagSample;

/**
 * The newest sample of every tag, kept from the batches on the UI thread. The subscription reports a
 * tag only when it changes, so a view opened later (a faceplate, a new trend pen) reads from here
 * what a set point has been since it last moved.
 */
public final class LatestSamples {

    private final Map<String, TagSample> samples = new HashMap<>();

    public void apply(Map<String, TagSample> batch) {
        samples.putAll(batch);
    }

    /** The newest sample of {@code tagId}, null when none has arrived. */
    public TagSample get(String tagId) {
        return samples.get(tagId);
    }
}
