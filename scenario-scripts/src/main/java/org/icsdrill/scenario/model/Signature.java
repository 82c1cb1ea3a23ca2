package org.icsdrill.scenario.model;

import java.util.List;
import java.util.Optional;

/**
 * The parameters of an attack or fault kind. {@code exactlyOneOf} names optional parameters of
 * which a step must give exactly one (spoof_reporting takes a value or an offset).
 */
public record Signature(List<ParamSpec> parameters, List<String> exactlyOneOf) {

    public Signature {
        parameters = List.copyOf(parameters);
        exactlyOneOf = List.copyOf(exactlyOneOf);
        for (String name : exactlyOneOf) {
            if (parameters.stream().noneMatch(p -> p.name().equals(name) && !p.required())) {
                throw new IllegalArgumentException(name + " must be an optional parameter");
            }
        }
    }

    public static Signature of(ParamSpec... parameters) {
        return new Signature(List.of(parameters), List.of());
    }

    public Signature exactlyOneOf(String... names) {
        return new Signature(parameters, List.of(names));
    }

    public Optional<ParamSpec> find(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return parameters.stream().map(ParamSpec::name).toList();
    }
}
