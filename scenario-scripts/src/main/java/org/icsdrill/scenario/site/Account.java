package org.icsdrill.scenario.site;

import java.util.List;
import java.util.Objects;

/** An account on a host: a person's ({@code user}, {@code admin}), a program's ({@code service}) or a supplier's. */
public record Account(String name, String kind) {

    public static final List<String> KINDS = List.of("user", "admin", "service", "supplier");

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
