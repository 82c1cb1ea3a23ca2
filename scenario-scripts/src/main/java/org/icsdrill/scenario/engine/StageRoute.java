package org.icsdrill.scenario.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a kill chain's stage got: its host with its zone and, for a move, the host it reached with that
 * one's. Written into the ground truth as {@code engineering (operations) -> gas-plc (control-gas)} (the
 * event's text in the record, {@code stage_reached} in events.jsonl) and read back from it by {@link #parse}.
 */
public record StageRoute(Place from, Optional<Place> to) {

    /** A site's host and the zone it is in (empty when unknown). */
    public record Place(String host, String zone) {
        public Place {
            Objects.requireNonNull(host, "host");
            zone = zone == null ? "" : zone;
        }

        @Override
        public String toString() {
            return zone.isEmpty() ? host : host + " (" + zone + ")";
        }
    }

    private static final Pattern PLACE = Pattern.compile("\\s*([^\\s()]+)(?:\\s*\\(([^)]*)\\))?\\s*");

    public StageRoute {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /** Every host it reached, its own first. */
    public List<Place> places() {
        List<Place> places = new ArrayList<>(List.of(from));
        to.ifPresent(places::add);
        return places;
    }

    /** The hosts of the route written in {@code text}, its own first; none for any other text. */
    public static List<String> hostsIn(String text) {
        return parse(text).map(r -> r.places().stream().map(Place::host).toList()).orElse(List.of());
    }

    /** The host it reached last: the move's destination, or its own host. */
    public Place reached() {
        return to.orElse(from);
    }

    @Override
    public String toString() {
        return from + to.map(t -> " -> " + t).orElse("");
    }

    /** The route written by {@link #toString}; empty for any other text (a blocked stage's reason). */
    public static Optional<StageRoute> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(" -> ", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        Optional<Place> from = place(parts[0]);
        Optional<Place> to = parts.length == 2 ? place(parts[1]) : Optional.empty();
        if (from.isEmpty() || (parts.length == 2 && to.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new StageRoute(from.get(), to));
    }

    private static Optional<Place> place(String text) {
        Matcher m = PLACE.matcher(text);
        return m.matches() ? Optional.of(new Place(m.group(1), m.group(2))) : Optional.empty();
    }
}
