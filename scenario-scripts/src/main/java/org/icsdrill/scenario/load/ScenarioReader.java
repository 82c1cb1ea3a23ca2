package org.icsdrill.scenario.load;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.icsdrill.api.Attributions;
import org.icsdrill.api.ScenarioText;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.model.Attribution;
import org.icsdrill.scenario.model.Expectations;
import org.icsdrill.scenario.model.Hosts;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.model.Step;
import org.icsdrill.scenario.site.Site;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a composed scenario document into the model. The header comes first because the steps
 * need its plants (for tags) and duration (for times); every problem is reported and reading
 * goes on, so one pass shows them all.
 */
final class ScenarioReader {

    private static final List<String> KEYS = List.of("id", "title", "description", "plants", "seed", "duration",
            "start_time", "time_zone", "briefing", "instructor_notes", "hosts", "site", "attribution", "timeline", "expectations", "ja",
            "en");
    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

    private final Diagnostics diagnostics;
    private final Values values;
    private final ScenarioSiteReader sites;

    /** @param folder where a site file the scenario names is found; empty for a scenario read from no file */
    ScenarioReader(Diagnostics diagnostics, Optional<Path> folder) {
        this.diagnostics = diagnostics;
        this.values = new Values(diagnostics);
        this.sites = new ScenarioSiteReader(values, folder);
    }

    Optional<Scenario> read(Node root) {
        Optional<Mapping> mapping = Mapping.read(root, "a scenario with id, title, plants, duration and timeline",
                diagnostics);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Mapping m = mapping.get().allowOnly(KEYS);
        Optional<String> id = m.require("id").flatMap(this::id);
        Optional<String> title = m.require("title").flatMap(values::text);
        Optional<String> description = m.getOr("description", values::text, "");
        Optional<List<String>> plants = m.require("plants").flatMap(this::plants);
        Optional<Long> seed = m.getOr("seed", values::integer, Scenario.DEFAULT_SEED);
        Optional<Duration> duration = m.require("duration").flatMap(values::positiveDuration);
        Optional<Optional<OffsetDateTime>> start = m.getOr("start_time",
                n -> values.offsetDateTime(n).map(Optional::of), Optional.empty());
        Optional<Optional<Instant>> startTime = start.map(s -> s.map(OffsetDateTime::toInstant));
        // The calendar's zone: time_zone, else the offset written in start_time, else UTC.
        ZoneId fromStart = start.flatMap(s -> s).<ZoneId>map(OffsetDateTime::getOffset).orElse(ZoneOffset.UTC);
        Optional<ZoneId> timeZone = m.getOr("time_zone", values::zone, fromStart);
        Optional<String> briefing = m.getOr("briefing", values::text, "");
        Optional<String> notes = m.getOr("instructor_notes", values::text, "");
        Optional<Hosts> hosts = m.getOr("hosts", this::hosts, Hosts.DEFAULT);
        Optional<Optional<Site>> site = m.getOr("site", n -> sites.read(n).map(Optional::of), Optional.empty());
        if (site.flatMap(s -> s).isPresent() && plants.isPresent()) {
            sites.checkRunnable(site.get().get(), plants.get(), m.get("site").orElseThrow());
        }
        Map<String, ScenarioText> translations = translations(m);
        Optional<Attribution> attribution = m.getOr("attribution", this::attribution, Attribution.NONE);

        // With a wrong plants list, check tags against every plant so each tag error is about the tag.
        TagDirectory tags = new TagDirectory(plants.orElse(Plants.ids()));
        ReadScope scope = new ReadScope(values, tags, duration, new StepIds(diagnostics),
                site.flatMap(s -> s).orElseGet(ScenarioSiteReader::reference));
        Optional<List<Step>> steps = m.require("timeline").flatMap(n -> timeline(n, scope));
        Optional<Expectations> expectations = m.getOr("expectations",
                n -> new ExpectationsReader(scope, hosts.orElse(Hosts.DEFAULT), site.flatMap(s -> s),
                        steps.orElse(List.of())).read(n),
                Expectations.NONE);
        scope.ids().checkReferences();

        if (!diagnostics.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(id.orElseThrow(), title.orElseThrow(), description.orElseThrow(),
                plants.orElseThrow(), seed.orElseThrow(), duration.orElseThrow(), startTime.orElseThrow(),
                timeZone.orElseThrow(), briefing.orElseThrow(), notes.orElseThrow(), hosts.orElseThrow(), site.orElseThrow(),
                steps.orElseThrow(), expectations.orElseThrow(), translations, attribution.orElseThrow()));
    }

    /** {@code attribution: {software: [S0603], campaign: C0028}}: ATT&CK ids the catalogue knows. */
    private Optional<Attribution> attribution(Node node) {
        return Mapping.read(node, "an attribution like {software: [S0603], campaign: C0028}", diagnostics).flatMap(m -> {
            m.allowOnly(List.of("software", "campaign"));
            List<String> software = Attributions.ids().stream().filter(id -> id.startsWith("S")).toList();
            List<String> campaigns = Attributions.ids().stream().filter(id -> id.startsWith("C")).toList();
            Optional<List<Attributions.Entry>> tools = m.getOr("software", n -> values.each(n, "a list of ATT&CK"
                    + " software ids", i -> values.word(i, software, "ATT&CK software").flatMap(Attributions::find)),
                    List.of());
            Optional<Optional<Attributions.Entry>> campaign = m.getOr("campaign", n -> values.word(n, campaigns,
                    "ATT&CK campaign").flatMap(Attributions::find).map(Optional::of), Optional.empty());
            return tools.isPresent() && campaign.isPresent()
                    ? Optional.of(new Attribution(tools.get(), campaign.get())) : Optional.empty();
        });
    }

    /**
     * The header's words in other languages, as an inject's: a {@code ja:} (or {@code en:}) block with
     * {@code title}, {@code briefing} and {@code instructor_notes}, each optional.
     */
    private Map<String, ScenarioText> translations(Mapping header) {
        Map<String, ScenarioText> translations = new LinkedHashMap<>();
        for (String language : ActionReader.INJECT_LANGUAGES) {
            header.get(language).flatMap(block -> Mapping.read(block, "the scenario in '" + language + "'", diagnostics))
                    .ifPresent(t -> {
                        t.allowOnly(List.of("title", "briefing", "instructor_notes"));
                        translations.put(language, new ScenarioText(t.getOr("title", values::text, "").orElse(""),
                                t.getOr("briefing", values::text, "").orElse(""),
                                t.getOr("instructor_notes", values::text, "").orElse("")));
                    });
        }
        return translations;
    }

    private Optional<String> id(Node node) {
        Optional<String> id = values.text(node);
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            diagnostics.at(node, "a scenario id is lowercase letters, digits and '-', like gas-stuxnet; got '"
                    + id.get() + "'");
            return Optional.empty();
        }
        return id;
    }

    private Optional<List<String>> plants(Node node) {
        Optional<List<Node>> items = values.list(node, "a list of plant ids like [" + Plants.ids().get(0) + "]");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            diagnostics.at(node, "list at least one plant: " + String.join(", ", Plants.ids()));
            return Optional.empty();
        }
        Set<String> plants = new LinkedHashSet<>();
        boolean ok = true;
        for (Node item : items.get()) {
            Optional<String> plant = values.word(item, Plants.ids(), "plant");
            if (plant.isPresent() && !plants.add(plant.get())) {
                diagnostics.at(item, "plant '" + plant.get() + "' is listed twice");
            }
            ok &= plant.isPresent();
        }
        return ok ? Optional.of(List.copyOf(plants)) : Optional.empty();
    }

    private Optional<Hosts> hosts(Node node) {
        return Mapping.read(node, "hosts", diagnostics).flatMap(m -> {
            m.allowOnly(Hosts.names());
            Hosts hosts = Hosts.DEFAULT;
            boolean ok = true;
            for (String name : m.present(Hosts.names())) {
                Node value = m.get(name).orElseThrow();
                Optional<String> address = values.text(value);
                if (address.isPresent() && !ParameterReader.isLoopback(address.get())) {
                    diagnostics.at(value, "expected a loopback address like 127.0.0.66, got '" + address.get() + "'");
                    address = Optional.empty();
                }
                ok &= address.isPresent();
                hosts = address.isPresent() ? hosts.with(name, address.get()) : hosts;
            }
            return ok ? Optional.of(hosts) : Optional.empty();
        });
    }

    private Optional<List<Step>> timeline(Node node, ReadScope scope) {
        StepReader reader = new StepReader(scope);
        return values.list(node, "a timeline (a list of steps)").flatMap(items -> {
            List<Step> steps = new ArrayList<>();
            items.forEach(item -> reader.read(item).ifPresent(steps::add));
            return steps.size() == items.size() ? Optional.of(steps) : Optional.empty();
        });
    }
}
