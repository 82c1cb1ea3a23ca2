package org.icsdrill.api;

/**
 * Where a trainees' declaration says the incident is, as one line: a plant, a site's host or both (a kill chain's
 * stage declared on the host it reached). Either may be empty, not both.
 */
public final class DeclaredPlace {

    private DeclaredPlace() {
    }

    /** {@code gas}, {@code engineering} or {@code gas, engineering}. */
    public static String of(String plant, String host) {
        return plant.isEmpty() ? host : host.isEmpty() ? plant : plant + ", " + host;
    }
}
