package org.icsdrill.scenario.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.icsdrill.api.ScenarioText;
import org.icsdrill.scenario.site.Site;

/**
 * A checked scenario: every tag resolved, every reference to a step id known, every time inside
 * {@code duration}. Build one with {@code ScenarioLoader}.
 *
 * @param startTime the instant of plant time 0: timestamps, and with {@code timeZone} the plants' calendar;
 *                  empty: timestamps from the run's start, and the fixed default calendar for the plants
 * @param timeZone  the zone the plants' calendar is read in: {@code time_zone}, else the offset written in
 *                  {@code start_time}, else UTC
 * @param site      the site network the scenario runs on ({@code site:}, a bundled one, a file or one extended),
 *                  checked like a site file; empty when it names none (a run then takes the reference site)
 * @param translations the title, briefing and instructor notes in other languages ({@code ja:}, {@code en:}
 *                  blocks), by language; a field left out stands as written
 */
public record Scenario(
        String id,
        String title,
        String description,
        List<String> plants,
        long seed,
        Duration duration,
        Optional<Instant> startTime,
        ZoneId timeZone,
        String briefing,
        String instructorNotes,
        Hosts hosts,
        Optional<Site> site,
        List<Step> steps,
        Expectations expectations,
        Map<String, ScenarioText> translations,
        Attribution attribution) {

    public static final long DEFAULT_SEED = 1;

    /** Whether it plays a kill chain: stages that need the site's hosts, which only a run on a site has. */
    public boolean isKillChain() {
        return steps.stream().anyMatch(s -> s.action() instanceof Action.Stage);
    }

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        plants = List.copyOf(plants);
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(briefing, "briefing");
        Objects.requireNonNull(instructorNotes, "instructorNotes");
        Objects.requireNonNull(hosts, "hosts");
        Objects.requireNonNull(site, "site");
        steps = List.copyOf(steps);
        Objects.requireNonNull(expectations, "expectations");
        translations = Map.copyOf(translations);
        Objects.requireNonNull(attribution, "attribution");
    }

    public List<Action.AttackStart> attacks() {
        return actions(Action.AttackStart.class);
    }

    public List<Action.Fault> faults() {
        return actions(Action.Fault.class);
    }

    /** The step that starts the attack or fault with this id. */
    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().filter(stepId::equals).isPresent()).findFirst();
    }

    private <T extends Action> List<T> actions(Class<T> type) {
        return steps.stream().map(Step::action).filter(type::isInstance).map(type::cast).toList();
    }
}
