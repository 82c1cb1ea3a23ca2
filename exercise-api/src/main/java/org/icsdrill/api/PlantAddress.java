package org.icsdrill.api;

import java.util.Optional;
import org.icsdrill.core.tag.TagDef;

/**
 * The OPC UA address scheme of the plants, the addresses vendors' tools and the console use. All
 * nodes live in the namespace {@value #NAMESPACE_URI} and have String identifiers (IEC 62541-3,
 * 8.2.4) built from the plant id and the tag name:
 *
 * <pre>
 *   Objects/Plants                 ns=&lt;i&gt;;s=Plants
 *   Objects/Plants/chemical        ns=&lt;i&gt;;s=chemical               (plant folder, BrowseName = plant id)
 *   Objects/Plants/chemical/R1     ns=&lt;i&gt;;s=chemical.R1            (equipment unit)
 *   Objects/Plants/chemical/R1/TT101  ns=&lt;i&gt;;s=chemical.R1.TT101  (tag)
 *   .../TT101/EURange              ns=&lt;i&gt;;s=chemical.R1.TT101/0:EURange  (properties, named by Milo)
 *   Objects/Plants/chemical/Mimic  ns=&lt;i&gt;;s=chemical.Mimic         (the plant's mimic, if it has one)
 *   Objects/Plants/chemical/Couplings  ns=&lt;i&gt;;s=chemical.Couplings  (what flows into it, if coupled)
 * </pre>
 *
 * The namespace index {@code <i>} is assigned at start-up; clients resolve it from the server's
 * NamespaceArray by URI rather than hard-coding it. Plant folders are named by the plant id (short,
 * stable, lowercase, the same as on the command line); the display name goes into the folder's
 * DisplayName and Description.
 */
public final class PlantAddress {

    public static final String NAMESPACE_URI = "urn:icsdrill:plants";
    public static final String PLANTS_FOLDER = "Plants";

    /**
     * Properties of a tag with alarm limits, in this namespace, named after LimitAlarmType's
     * (IEC 62541-9, 5.8.18); a two-state tag has {@code AlarmState}, the value that is in alarm.
     */
    public static final String HIGH_HIGH_LIMIT = "HighHighLimit";
    public static final String HIGH_LIMIT = "HighLimit";
    public static final String LOW_LIMIT = "LowLimit";
    public static final String LOW_LOW_LIMIT = "LowLowLimit";
    public static final String ALARM_STATE = "AlarmState";

    /** The BrowseName of a plant's mimic variable, see {@link #mimic}. */
    public static final String MIMIC = "Mimic";
    /** The BrowseName of the variable of the couplings into a plant, see {@link #couplings}. */
    public static final String COUPLINGS = "Couplings";

    private PlantAddress() {
    }

    public static String plantFolder(String plantId) {
        return plantId;
    }

    public static String unitFolder(String plantId, String unit) {
        return plantId + "." + unit;
    }

    public static String tag(String plantId, TagDef tag) {
        return plantId + "." + tag.name();
    }

    /**
     * The plant's mimic ({@link MimicJson}), a read-only String variable in the plant's folder beside
     * its units, readable by everyone who may browse the plant; a plant without a mimic has none. The
     * name is reserved: no unit of a plant may be called {@value #MIMIC}.
     */
    public static String mimic(String plantId) {
        return plantId + "." + MIMIC;
    }

    /**
     * The couplings into the plant ({@link CouplingJson}: what flows to it from which plant, docs/coupling.md), a
     * read-only String variable in the plant's folder beside its units, on a run whose plants are coupled; a plant
     * nothing flows into has none. The name is reserved like {@link #MIMIC}.
     */
    public static String couplings(String plantId) {
        return plantId + "." + COUPLINGS;
    }

    /** The plant a node of this namespace belongs to: the identifier's part before the first dot or slash. */
    public static Optional<String> plantOf(String identifier) {
        if (identifier.equals(PLANTS_FOLDER)) {
            return Optional.empty();
        }
        int end = identifier.length();
        int dot = identifier.indexOf('.');
        int slash = identifier.indexOf('/');
        if (dot >= 0) {
            end = dot;
        }
        if (slash >= 0 && slash < end) {
            end = slash;
        }
        return Optional.of(identifier.substring(0, end));
    }
}
