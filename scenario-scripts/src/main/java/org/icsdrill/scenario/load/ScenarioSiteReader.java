package org.icsdrill.scenario.load;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Site;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a scenario's {@code site}: a bundled site by name ({@code site: flat}), a site file by its path from
 * the scenario's folder ({@code site: my-site.yaml}), or either extended with zones, hosts and conduits
 * ({@code site: {extends: reference, hosts: [...]}}). Every form goes through {@link SiteReader}: an extension
 * merges the added items into the base site's node tree, so each is checked by the same rules and each problem
 * is reported at its own file, line and column.
 */
final class ScenarioSiteReader {

    /** The lists a scenario adds to, as a site file has them. */
    private static final List<String> LISTS = List.of("zones", "hosts", "conduits");
    private static final List<String> KEYS = List.of("extends", "zones", "hosts", "conduits");

    private final Values values;
    private final Diagnostics diagnostics;
    /** Where a site file is looked for; empty for a scenario read from no file (a bundled one). */
    private final Optional<Path> folder;

    ScenarioSiteReader(Values values, Optional<Path> folder) {
        this.values = values;
        this.diagnostics = values.diagnostics();
        this.folder = folder;
    }

    /** The site a run uses when nothing names one (the bundled {@code reference}), read once. */
    static Site reference() {
        return Reference.SITE;
    }

    private static final class Reference {
        static final Site SITE = SiteLoader.load(BundledFolder.label("reference"),
                SiteLoader.BUNDLED.text("reference").orElseThrow()).site();
    }

    Optional<Site> read(Node node) {
        if (node instanceof MappingNode) {
            return extended(node);
        }
        return base(node).flatMap(root -> new SiteReader(diagnostics).read(root));
    }

    /**
     * Reports, at the scenario's {@code site}, what the run would stop at: a plant without its PLC, or no SCADA
     * server for the OPC UA endpoint.
     */
    void checkRunnable(Site site, List<String> plants, Node node) {
        Set<String> served = site.hosts().stream().filter(h -> h.role().equals("plc"))
                .flatMap(h -> h.plant().stream()).collect(Collectors.toSet());
        for (String plant : plants) {
            if (!served.contains(plant)) {
                diagnostics.at(node, "site " + site.name() + " has no plc host for plant " + plant + ", so the scenario"
                        + " cannot run on it: add one (role: plc, plant: " + plant + ") in the plant's control zone");
            }
        }
        if (site.hosts().stream().map(Host::role).noneMatch("scada"::equals)) {
            diagnostics.at(node, "site " + site.name() + " has no scada host for the OPC UA server: add one"
                    + " (role: scada) in the operations zone");
        }
    }

    private Optional<Site> extended(Node node) {
        return Mapping.read(node, "a site like {extends: reference, hosts: [...]}", diagnostics).flatMap(m -> {
            m.allowOnly(KEYS);
            Optional<Node> base = m.require("extends").flatMap(this::base);
            Map<String, SequenceNode> added = new LinkedHashMap<>();
            boolean ok = true;
            for (String list : m.present(LISTS)) {
                Node value = m.get(list).orElseThrow();
                ok &= values.list(value, "a list of " + list).isPresent();
                if (value instanceof SequenceNode sequence) {
                    added.put(list, sequence);
                }
            }
            return ok ? base.flatMap(b -> new SiteReader(diagnostics).read(merged(b, added))) : Optional.empty();
        });
    }

    /** The document of a bundled site by name, or of a site file by path; empty with the problem reported. */
    private Optional<Node> base(Node node) {
        Optional<String> given = values.text(node).map(String::strip);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        String name = given.get();
        if (!SiteReader.NAME.matcher(name).matches()) {
            return file(name, node);
        }
        Optional<String> text = SiteLoader.BUNDLED.text(name);
        if (text.isEmpty()) {
            List<String> bundled = SiteLoader.BUNDLED.names();
            diagnostics.at(node, "unknown site '" + name + "'" + Suggestions.closest(name, bundled)
                    .map(c -> "; did you mean '" + c + "'?").orElse("") + " The bundled sites are "
                    + String.join(", ", bundled) + "; a site file is named by its path, like my-site.yaml");
            return Optional.empty();
        }
        return document(BundledFolder.label(name), text.get(), node);
    }

    private Optional<Node> file(String path, Node node) {
        if (folder.isEmpty()) {
            diagnostics.at(node, "a site file is found from the scenario file's folder, and this scenario was read"
                    + " from no file: name a bundled site (" + String.join(", ", SiteLoader.BUNDLED.names()) + ")");
            return Optional.empty();
        }
        Path file = folder.get().resolve(path);
        try {
            return document(file.toString(), Files.readString(file, StandardCharsets.UTF_8), node);
        } catch (NoSuchFileException e) {
            diagnostics.at(node, "no site file " + file + " (a site file is found from the scenario file's folder)");
        } catch (MalformedInputException e) {
            diagnostics.at(node, "cannot read site file " + file + ": it is not UTF-8 text");
        } catch (IOException e) {
            diagnostics.at(node, "cannot read site file " + file + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** A site document composed under its own name, so that its problems point into it. */
    private Optional<Node> document(String label, String text, Node node) {
        int before = diagnostics.count();
        Optional<Node> root = ScenarioLoader.compose(label, text, diagnostics);
        if (root.isEmpty() && diagnostics.count() == before) {
            diagnostics.at(node, "site file " + label + " is empty: a site needs name, zones and hosts");
        }
        return root;
    }

    /**
     * The base site's document with the added items at the end of their lists, each replacing the base's item
     * of the same name: a scenario adds a host, or changes one by giving it again. Added items come last, so
     * that a clash with the base (an address taken, an overlapping network) is reported at the added one.
     */
    private static Node merged(Node base, Map<String, SequenceNode> added) {
        if (!(base instanceof MappingNode root)) {
            return base; // not a site at all: SiteReader says so
        }
        Map<String, SequenceNode> left = new LinkedHashMap<>(added);
        List<NodeTuple> tuples = new ArrayList<>();
        for (NodeTuple tuple : root.getValue()) {
            SequenceNode more = tuple.getKeyNode() instanceof ScalarNode key ? left.remove(key.getValue()) : null;
            tuples.add(more != null && tuple.getValueNode() instanceof SequenceNode list
                    ? new NodeTuple(tuple.getKeyNode(), replaced(list, more)) : tuple);
        }
        left.forEach((key, list) -> tuples.add(new NodeTuple(new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN), list)));
        return new MappingNode(root.getTag(), false, tuples, root.getFlowStyle(), root.getStartMark(),
                root.getEndMark());
    }

    /** The base list without the items the added ones replace, then the added ones. */
    private static SequenceNode replaced(SequenceNode base, SequenceNode added) {
        Set<String> names = added.getValue().stream().flatMap(i -> name(i).stream()).collect(Collectors.toSet());
        List<Node> items = new ArrayList<>();
        base.getValue().stream().filter(i -> name(i).map(n -> !names.contains(n)).orElse(true)).forEach(items::add);
        items.addAll(added.getValue());
        return new SequenceNode(base.getTag(), false, items, base.getFlowStyle(), base.getStartMark(),
                base.getEndMark());
    }

    /** An item's {@code name}, when it has a plain one. */
    private static Optional<String> name(Node item) {
        if (item instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("name")
                        && tuple.getValueNode() instanceof ScalarNode value) {
                    return Optional.of(value.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
