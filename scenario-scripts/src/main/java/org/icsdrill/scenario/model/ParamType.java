package org.icsdrill.scenario.model;

/** The type of an attack or fault parameter, which decides how the loader reads and checks it. */
public enum ParamType {
    NUMBER("a number"),
    POSITIVE_NUMBER("a positive number"),
    DURATION("a duration like 90s, 10m30s or 2h"),
    TEXT("a text"),
    /** Any tag of a listed plant, plant-qualified: {@code gas.K101.ST101}. */
    TAG("a plant-qualified tag like gas.K101.ST101"),
    /** A tag read from the field through an instrument: sensor faults and spoofing act there. */
    FIELD_TAG("a plant-qualified field tag (a measurement or field state)"),
    /** A controller output driving an actuator. */
    OUTPUT_TAG("a plant-qualified output tag (a valve, pump or drive command)"),
    TAGS("a list of plant-qualified tags"),
    /** One of the plants listed in the scenario's {@code plants}. */
    PLANT("a plant id"),
    /** A simulated host by name ({@code scada}, {@code engineering}, {@code attacker}) or a loopback address. */
    HOST("a host name or loopback address"),
    /** Like {@link #HOST}, or {@code *} for every host. */
    HOST_OR_ANY("a host name, loopback address or *"),
    /** One of a fixed list of words, given by the parameter's spec. */
    CHOICE("one of the listed words"),
    /** A flat map of names to scalar values, passed through to a program variant. */
    MAP("a map of names to values");

    private final String description;

    ParamType(String description) {
        this.description = description;
    }

    /** What a value of this type looks like, for error messages: "expected a number". */
    public String description() {
        return description;
    }
}
