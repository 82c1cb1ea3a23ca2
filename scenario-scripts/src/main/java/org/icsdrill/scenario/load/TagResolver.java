package org.icsdrill.scenario.load;

import org.icsdrill.scenario.model.TagRef;

/** Turns a plant-qualified tag name into a {@link TagRef}, or throws with a message for the user. */
@FunctionalInterface
public interface TagResolver {

    /** @throws IllegalArgumentException with a one-line message saying why the name is not a known tag */
    TagRef resolve(String qualifiedName);
}
