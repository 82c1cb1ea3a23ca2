package org.icsdrill.api;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a trainee's declaration detects an attack: one rule for the instructor's desk during the drill
 * and the after-action report after it, so that both say the same (docs/scoring.md, "Scoring
 * trainees").
 *
 * <p>A declaration <em>concerns</em> an attack when it was made from the attack's start until
 * {@link #RECENT_SECONDS} after its end (to the end of the run while it has not stopped), and either
 * names the attack's id or names none and names where it is: one of the attack's plants or, for a kill
 * chain's stage, one of the site's hosts it reached. The attack is <em>detected</em> by the first
 * declaration that concerns it, names where it is and, when its expectation asks for it, its technique.
 */
public final class DetectionRule {

    /** A declaration up to ten minutes after an attack stopped still concerns it ("recently run"). */
    public static final double RECENT_SECONDS = 600;

    /**
     * An attack as the ground truth has it.
     *
     * @param plants the plants it touches (every plant for a network-wide attack)
     * @param hosts  the site's hosts it reached (a kill chain's stage), none for an attack on a plant
     * @param end    plant time it stopped; empty while it runs (a stage reached stays so)
     */
    public record Attack(String id, Set<String> plants, Set<String> hosts, String technique, double start,
                         OptionalDouble end) {
        public Attack {
            Objects.requireNonNull(id, "id");
            plants = normalSet(plants);
            hosts = normalSet(hosts);
            technique = technique == null ? "" : technique;
            Objects.requireNonNull(end, "end");
        }

        public Attack(String id, Collection<String> plants, String technique, double start, OptionalDouble end) {
            this(id, Set.copyOf(plants), Set.of(), technique, start, end);
        }

        /** A kill chain's stage: reached at {@code start} on these hosts, and so it stays. */
        public static Attack stage(String id, Collection<String> hosts, String technique, double start) {
            return new Attack(id, Set.of(), Set.copyOf(hosts), technique, start, OptionalDouble.empty());
        }
    }

    /**
     * A trainee's declaration as the rule needs it.
     *
     * @param host     the site's host it names, empty when none
     * @param attackId the scenario's attack id it names, empty when none (the console names none)
     * @param technique the ATT&amp;CK for ICS technique it names, empty when none
     */
    public record Claim(double plantTime, String plant, String host, String attackId, String technique) {
        public Claim {
            plant = plant == null ? "" : plant;
            host = host == null ? "" : host;
            attackId = attackId == null ? "" : attackId.strip();
            technique = technique == null ? "" : technique;
        }

        /** A claim that names a plant and no host. */
        public Claim(double plantTime, String plant, String attackId, String technique) {
            this(plantTime, plant, "", attackId, technique);
        }
    }

    private DetectionRule() {
    }

    /** In the attack's window, about its id or, naming none, about where it is. */
    public static boolean concerns(Claim claim, Attack attack) {
        double t = claim.plantTime();
        double until = attack.end().isPresent() ? attack.end().getAsDouble() + RECENT_SECONDS
                : Double.POSITIVE_INFINITY;
        if (t < attack.start() || t > until) {
            return false;
        }
        return claim.attackId().isEmpty() ? namesPlace(claim, attack) : claim.attackId().equals(attack.id());
    }

    /** Names one of the attack's plants or one of the hosts it reached. */
    public static boolean namesPlace(Claim claim, Attack attack) {
        return attack.plants().contains(normal(claim.plant())) || attack.hosts().contains(normal(claim.host()));
    }

    /** The technique's id, case and spaces ignored. */
    public static boolean namesTechnique(Claim claim, Attack attack) {
        String named = normal(claim.technique());
        return !named.isEmpty() && named.equals(normal(attack.technique()));
    }

    /** Whether this declaration detects the attack (see the class comment). */
    public static boolean detects(Claim claim, Attack attack, boolean techniqueRequired) {
        return concerns(claim, attack) && namesPlace(claim, attack)
                && (!techniqueRequired || namesTechnique(claim, attack));
    }

    /** The first of {@code claims} (any order) that detects the attack. */
    public static <C> Optional<C> firstDetecting(List<C> claims, java.util.function.Function<C, Claim> asClaim,
                                                 Attack attack, boolean techniqueRequired) {
        return claims.stream()
                .filter(c -> detects(asClaim.apply(c), attack, techniqueRequired))
                .min((a, b) -> Double.compare(asClaim.apply(a).plantTime(), asClaim.apply(b).plantTime()));
    }

    private static Set<String> normalSet(Set<String> names) {
        return names.stream().map(DetectionRule::normal).filter(p -> !p.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
