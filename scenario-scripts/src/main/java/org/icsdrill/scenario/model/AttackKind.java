package org.icsdrill.scenario.model;

import static org.icsdrill.scenario.model.ParamSpec.choice;
import static org.icsdrill.scenario.model.ParamSpec.choiceWithDefault;
import static org.icsdrill.scenario.model.ParamSpec.optional;
import static org.icsdrill.scenario.model.ParamSpec.required;
import static org.icsdrill.scenario.model.ParamSpec.withDefault;
import static org.icsdrill.scenario.model.ParamType.DURATION;
import static org.icsdrill.scenario.model.ParamType.FIELD_TAG;
import static org.icsdrill.scenario.model.ParamType.HOST;
import static org.icsdrill.scenario.model.ParamType.HOST_OR_ANY;
import static org.icsdrill.scenario.model.ParamType.MAP;
import static org.icsdrill.scenario.model.ParamType.NUMBER;
import static org.icsdrill.scenario.model.ParamType.PLANT;
import static org.icsdrill.scenario.model.ParamType.POSITIVE_NUMBER;
import static org.icsdrill.scenario.model.ParamType.TAG;
import static org.icsdrill.scenario.model.ParamType.TAGS;
import static org.icsdrill.scenario.model.ParamType.TEXT;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.icsdrill.api.Technique;
import org.icsdrill.api.Techniques;

/**
 * The attacks the library can play, each defined once as data: its ATT&CK for ICS technique, the
 * layer it acts at, and its parameters. The loader, the docs and later the engine all read this.
 */
public enum AttackKind {
    /** Stuxnet's trick: record normal values, then play them back to the HMI while the process moves. */
    REPLAY("T0832", Layer.VIEW, Signature.of(
            required("targets", TAGS),
            withDefault("record", DURATION, new ParamValue.DurationValue(Duration.ofSeconds(21))))),
    MODIFY_PARAMETER("T0836", Layer.PLC, Signature.of(
            required("target", TAG), required("value", NUMBER), optional("ramp", DURATION))),
    UNAUTHORIZED_COMMAND("T0855", Layer.NETWORK, Signature.of(
            required("target", TAG), required("value", NUMBER),
            choiceWithDefault("protocol", "modbus", "opcua"),
            withDefault("host", HOST, new ParamValue.TextValue("attacker")))),
    MODIFY_PROGRAM("T0889", Layer.PLC, Signature.of(
            required("plant", PLANT), required("variant", TEXT), optional("params", MAP))),
    SPOOF_REPORTING("T0856", Layer.INSTRUMENT, Signature.of(
            required("target", FIELD_TAG), optional("value", NUMBER), optional("offset", NUMBER))
            .exactlyOneOf("value", "offset")),
    ALARM_SUPPRESSION("T0878", Layer.VIEW, Signature.of(required("targets", TAGS))),
    LOSS_OF_SAFETY("T0880", Layer.PLC, Signature.of(
            required("plant", PLANT), choice("mode", "bypass", "move_limit"),
            optional("target", TAG), optional("value", NUMBER))),
    BLOCK_COMMAND("T0803", Layer.NETWORK, Signature.of(required("host", HOST_OR_ANY))),
    BLOCK_REPORTING("T0804", Layer.NETWORK, Signature.of(required("host", HOST_OR_ANY))),
    DENIAL_OF_SERVICE("T0814", Layer.NETWORK, Signature.of(
            required("plant", PLANT), choice("mode", "connection_flood", "request_storm"),
            optional("rate", POSITIVE_NUMBER), optional("host", HOST))),
    REMOTE_SYSTEM_DISCOVERY("T0846", Layer.NETWORK, Signature.of(optional("host", HOST))),
    DEVICE_IDENTIFICATION("T0888", Layer.NETWORK, Signature.of(optional("plant", PLANT), optional("host", HOST)));

    private final Technique technique;
    private final Layer layer;
    private final Signature signature;

    AttackKind(String techniqueId, Layer layer, Signature signature) {
        this.technique = Techniques.require(techniqueId);
        this.layer = layer;
        this.signature = signature;
    }

    public Technique technique() {
        return technique;
    }

    public Layer layer() {
        return layer;
    }

    public Signature signature() {
        return signature;
    }

    /**
     * How the attack reaches the plant: {@link Delivery#NETWORK} attacks are requests from a host on
     * the wire ({@link #sender}); the others send nothing from any address.
     */
    public Delivery delivery() {
        return switch (layer) {
            case VIEW, PLC -> Delivery.CONTROLLER;
            case INSTRUMENT -> Delivery.INSTRUMENT;
            case NETWORK -> this == BLOCK_COMMAND || this == BLOCK_REPORTING ? Delivery.NETWORK_PATH : Delivery.NETWORK;
        };
    }

    /**
     * The host whose requests carry a network attack, as the file names it ({@code attacker}, another
     * host's name, or a loopback address); empty for attacks that send nothing.
     */
    public Optional<String> sender(Parameters parameters) {
        if (delivery() != Delivery.NETWORK) {
            return Optional.empty();
        }
        return Optional.of(parameters.optionalText("host").orElse("attacker"));
    }

    /** The name used in scenario files: {@code remote_system_discovery}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
