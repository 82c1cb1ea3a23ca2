package org.icsdrill.scenario.model;

import static org.icsdrill.scenario.model.ParamSpec.required;
import static org.icsdrill.scenario.model.ParamType.FIELD_TAG;
import static org.icsdrill.scenario.model.ParamType.NUMBER;
import static org.icsdrill.scenario.model.ParamType.OUTPUT_TAG;
import static org.icsdrill.scenario.model.ParamType.PLANT;
import static org.icsdrill.scenario.model.ParamType.POSITIVE_NUMBER;
import static org.icsdrill.scenario.model.ParamType.TAG;

import java.util.Locale;

/**
 * Non-malicious failures, so trainees learn to tell an attack from a broken instrument. Defined
 * once as data, like {@link AttackKind}.
 */
public enum FaultKind {
    SENSOR_STUCK(Layer.INSTRUMENT, Signature.of(required("target", FIELD_TAG))),
    /** {@code rate} is in the tag's unit per minute, and may be negative. */
    SENSOR_DRIFT(Layer.INSTRUMENT, Signature.of(required("target", FIELD_TAG), required("rate", NUMBER))),
    /** {@code sigma} is the extra noise's standard deviation, in the tag's unit. */
    NOISE_BURST(Layer.INSTRUMENT, Signature.of(required("target", FIELD_TAG), required("sigma", POSITIVE_NUMBER))),
    SENSOR_DROPOUT(Layer.INSTRUMENT, Signature.of(required("target", FIELD_TAG))),
    VALVE_STUCK(Layer.PLC, Signature.of(required("target", OUTPUT_TAG))),
    EQUIPMENT_TRIP(Layer.PLC, Signature.of(required("target", TAG))),
    LINK_LOSS(Layer.NETWORK, Signature.of(required("plant", PLANT)));

    private final Layer layer;
    private final Signature signature;

    FaultKind(Layer layer, Signature signature) {
        this.layer = layer;
        this.signature = signature;
    }

    public Layer layer() {
        return layer;
    }

    public Signature signature() {
        return signature;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
