package org.icsdrill.core.net;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import org.icsdrill.api.SourceAddress;

/**
 * The site's conduits enforced on real sockets: a connection between two zones is allowed only by a
 * conduit rule naming the source zone, the destination zone and the service, first match wins, anything
 * else is denied (IEC 62443-3-3 SR 5.1, 5.2: zone boundary protection, deny by default). Traffic within
 * one zone passes no firewall and is neither checked nor logged. Every decision at a zone boundary is
 * told to the log's subscribers, as a firewall's log would show it.
 *
 * <p>The endpoints check at accept (and on every open connection when a conduit or service is closed),
 * where "isolate host" already acts, so it needs no root and no packet filter. Responses close a
 * conduit or one service on it at once. Thread-safe.
 */
public final class Firewall {

    /** Told when rules were tightened: open connections must be checked again and cut if now denied. */
    public interface Listener {
        void tightened();
    }

    /** The rule name of a denial that no conduit allows. */
    public static final String DEFAULT_DENY = "default-deny";

    private final List<NetworkZone> zones;
    private final List<ConduitRule> rules;
    private final DoubleSupplier plantTime;
    private final Set<String> closedConduits = ConcurrentHashMap.newKeySet();
    private final Set<String> closedServices = ConcurrentHashMap.newKeySet();
    private final List<Consumer<FirewallEvent>> log = new CopyOnWriteArrayList<>();
    private final List<Consumer<FirewallChange>> changes = new CopyOnWriteArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private Firewall(List<NetworkZone> zones, List<ConduitRule> rules, DoubleSupplier plantTime) {
        this.zones = List.copyOf(zones);
        this.rules = List.copyOf(rules);
        this.plantTime = plantTime;
    }

    /** No zones: one flat segment where everything reaches everything, as before sites existed. */
    public static Firewall open() {
        return new Firewall(List.of(), List.of(), () -> 0);
    }

    /** The zones and, in order, the rules of their conduits; {@code plantTime} stamps the log. */
    public static Firewall of(List<NetworkZone> zones, List<ConduitRule> rules, DoubleSupplier plantTime) {
        return new Firewall(zones, rules, plantTime);
    }

    public List<NetworkZone> zones() {
        return zones;
    }

    public List<ConduitRule> rules() {
        return rules;
    }

    /** The zone whose block holds {@code address}. */
    public Optional<NetworkZone> zoneOf(String address) {
        return zones.stream().filter(z -> z.contains(address)).findFirst();
    }

    /** The rule name of a connection inside one zone, which passes no firewall. */
    public static final String INTRA_ZONE = "intra-zone";

    /**
     * Whether a connection from {@code source} ({@code address} or {@code address:port}) to
     * {@code destinationHost}:{@code port} for {@code protocol} may pass, and by which rule; a decision at a
     * zone boundary is logged, one inside a zone (or on a site without zones) is not.
     */
    public FirewallEvent check(String source, String destinationHost, int port, String protocol) {
        FirewallEvent event = decide(source, destinationHost, port, protocol);
        if (!event.rule().equals(INTRA_ZONE)) {
            log.forEach(l -> l.accept(event));
        }
        return event;
    }

    /** The same decision, unlogged: an open connection checked again after the rules tightened. */
    public boolean permits(String source, String destinationHost, int port, String protocol) {
        return decide(source, destinationHost, port, protocol).allowed();
    }

    private FirewallEvent decide(String source, String destinationHost, int port, String protocol) {
        Optional<NetworkZone> from = zoneOf(SourceAddress.hostOf(source));
        Optional<NetworkZone> to = zoneOf(destinationHost);
        String fromName = from.map(NetworkZone::name).orElse("");
        String toName = to.map(NetworkZone::name).orElse("");
        String destination = destinationHost + ":" + port;
        String service = protocol + "/" + port;
        if (zones.isEmpty() || from.isPresent() && from.equals(to)) {
            return new FirewallEvent(0, Instant.EPOCH, "", fromName, source, toName, destination, service,
                    INTRA_ZONE, true);
        }
        Optional<ConduitRule> match = rules.stream()
                .filter(r -> r.fromZone().equals(fromName) && r.toZone().equals(toName)
                        && r.protocol().equals(protocol) && r.port() == port)
                .findFirst();
        boolean allowed = match.isPresent() && !closedConduits.contains(match.get().conduit())
                && !closedServices.contains(serviceKey(match.get().conduit(), protocol, port));
        String rule = match.map(r -> allowed ? r.conduit() : r.conduit() + " (closed)").orElse(DEFAULT_DENY);
        String firewall = match.map(ConduitRule::firewall).or(() -> firewallBetween(fromName, toName)).orElse("");
        return new FirewallEvent(plantTime.getAsDouble(), Instant.now(), firewall, fromName, source, toName,
                destination, service, rule, allowed);
    }

    /** A device on some conduit between the two zones, in either direction, to name in a denial's line. */
    private Optional<String> firewallBetween(String from, String to) {
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        Set<String> pair = Set.of(from, to);
        return rules.stream().filter(r -> pair.equals(Set.of(r.fromZone(), r.toZone())))
                .map(ConduitRule::firewall).findFirst();
    }

    /** Closes a whole conduit (a response): its open connections are cut at once. */
    public void closeConduit(String conduit) {
        requireConduit(conduit);
        closedConduits.add(conduit);
        changed(conduit, "", true);
        listeners.forEach(Listener::tightened);
    }

    public void openConduit(String conduit) {
        if (closedConduits.remove(conduit)) {
            changed(conduit, "", false);
        }
    }

    /** Closes one service on a conduit, the others stay open. */
    public void closeService(String conduit, String protocol, int port) {
        requireConduit(conduit);
        closedServices.add(serviceKey(conduit, protocol, port));
        changed(conduit, protocol + "/" + port, true);
        listeners.forEach(Listener::tightened);
    }

    public void openService(String conduit, String protocol, int port) {
        if (closedServices.remove(serviceKey(conduit, protocol, port))) {
            changed(conduit, protocol + "/" + port, false);
        }
    }

    private void changed(String conduit, String service, boolean closed) {
        String firewall = rules.stream().filter(r -> r.conduit().equals(conduit)).map(ConduitRule::firewall)
                .findFirst().orElse("");
        FirewallChange change = new FirewallChange(plantTime.getAsDouble(), firewall, conduit, service, closed);
        changes.forEach(c -> c.accept(change));
    }

    public Set<String> closedConduits() {
        return Set.copyOf(closedConduits);
    }

    /** The services closed on a conduit that is itself open, written protocol/port. */
    public List<String> closedServices(String conduit) {
        return closedServices.stream().filter(k -> k.startsWith(conduit + " "))
                .map(k -> k.substring(conduit.length() + 1)).sorted().toList();
    }

    private void requireConduit(String conduit) {
        if (rules.stream().noneMatch(r -> r.conduit().equals(conduit))) {
            throw new IllegalArgumentException("no conduit named " + conduit);
        }
    }

    private static String serviceKey(String conduit, String protocol, int port) {
        return conduit + " " + protocol + "/" + port;
    }

    public void subscribe(Consumer<FirewallEvent> line) {
        log.add(line);
    }

    public void unsubscribe(Consumer<FirewallEvent> line) {
        log.remove(line);
    }

    /** Told of every conduit or service closed or opened again, as the log records a rule change. */
    public void subscribeChanges(Consumer<FirewallChange> change) {
        changes.add(change);
    }

    public void unsubscribeChanges(Consumer<FirewallChange> change) {
        changes.remove(change);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }
}
