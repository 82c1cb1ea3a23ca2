package org.icsdrill.api;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The incident report the trainees approve for sharing, as a plant sends it to its ISAC (J-CSIP asks for the
 * submitter's approval first): what happened and its impact in their words, their determination, how bad the
 * physical and availability impacts are, and the TLP marking. It becomes the {@code incident} of the STIX 2.1
 * bundle that {@code icsdrill export --format stix} writes (docs/sharing.md); the values are those of the STIX
 * Incident Core Extension.
 *
 * @param availabilityImpact how much of the plant's function was lost, 0 to 100 (%)
 */
public record IncidentReport(String whatHappened, String impact, Determination determination, Tlp tlp,
                             PhysicalImpact physicalImpact, int availabilityImpact) {

    /** The Incident Core Extension's {@code determination}: did it happen, and did it work. */
    public enum Determination {
        SUSPECTED, SUCCESSFUL_ATTEMPT, FAILED_ATTEMPT, BLOCKED, FALSE_POSITIVE, LOW_VALUE;

        /** {@code successful-attempt}, as STIX writes it. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The Incident Core Extension's physical {@code impact_type}: what the incident did to equipment. */
    public enum PhysicalImpact {
        NONE, DAMAGED_FUNCTIONAL, DAMAGED_NONFUNCTIONAL, DESTRUCTION;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Response actions whose target is a host's address: it goes in the shared report as an indicator. */
    public static final Set<String> ADDRESS_ACTIONS = Set.of("isolate_host", "block_traffic");
    /** Response actions whose target is a site host's name: it goes in as infrastructure. */
    public static final Set<String> HOST_ACTIONS = Set.of("quarantine_host");

    private static final Pattern ADDRESS = Pattern.compile("(?<![\\d.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d.])");

    public IncidentReport {
        whatHappened = Objects.requireNonNullElse(whatHappened, "").strip();
        impact = Objects.requireNonNullElse(impact, "").strip();
        Objects.requireNonNull(determination, "determination");
        Objects.requireNonNull(tlp, "tlp");
        Objects.requireNonNull(physicalImpact, "physicalImpact");
        if (whatHappened.isEmpty()) {
            throw new ExerciseRefusal(ResultCode.INCIDENT_REPORT_EMPTY);
        }
        if (availabilityImpact < 0 || availabilityImpact > 100) {
            throw new ExerciseRefusal(ResultCode.INVALID_INCIDENT_REPORT, "availability_impact", availabilityImpact,
                    "0-100");
        }
    }

    /**
     * A report from the words a console or a record gives: determination, TLP level and physical impact as
     * STIX writes them ({@code successful-attempt}, {@code amber+strict}, {@code damaged-functional}).
     */
    public static IncidentReport parse(String whatHappened, String impact, String determination, String tlp,
                                       String physicalImpact, int availabilityImpact) {
        return new IncidentReport(whatHappened, impact, word("determination", determination, Determination.values(),
                Determination::id), Tlp.parse(tlp).orElseThrow(() -> new ExerciseRefusal(
                        ResultCode.INVALID_INCIDENT_REPORT, "tlp", tlp, String.join(", ", Tlp.levels()))),
                word("physical_impact", physicalImpact, PhysicalImpact.values(), PhysicalImpact::id),
                availabilityImpact);
    }

    /**
     * How important the incident is to operations, 0 to 100 (the extension's {@code criticality}): the worse of
     * the availability lost and the physical impact (damaged but working 50, out of order 75, destroyed 100).
     */
    public int criticality() {
        int physical = switch (physicalImpact) {
            case NONE -> 0;
            case DAMAGED_FUNCTIONAL -> 50;
            case DAMAGED_NONFUNCTIONAL -> 75;
            case DESTRUCTION -> 100;
        };
        return Math.max(physical, availabilityImpact);
    }

    /**
     * The IPv4 addresses a trainee's words or a response's target name, in order, once each: what the shared
     * report gives as indicators (the export and the console's preview of it both use this).
     */
    public static List<String> addressesIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = ADDRESS.matcher(text == null ? "" : text);
        while (m.find()) {
            if (Ipv4.parse(m.group()).isPresent()) {
                found.add(m.group());
            }
        }
        return List.copyOf(found);
    }

    private static <E> E word(String field, String text, E[] values, java.util.function.Function<E, String> id) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values).filter(v -> id.apply(v).equals(t)).findFirst()
                .orElseThrow(() -> new ExerciseRefusal(ResultCode.INVALID_INCIDENT_REPORT, field, text,
                        String.join(", ", ids(values, id))));
    }

    private static <E> List<String> ids(E[] values, java.util.function.Function<E, String> id) {
        return Arrays.stream(values).map(id).toList();
    }
}
