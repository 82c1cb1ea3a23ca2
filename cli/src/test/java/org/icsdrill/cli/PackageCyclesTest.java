package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * A second opinion on ArchitectureTest's cycle rule from the JDK's own tool: jdeps reads every
 * module's main classes, and no set of org.icsdrill packages may reach each other (ADR 16).
 */
class PackageCyclesTest {

    private static final List<String> MODULES = List.of("simulator-kernel", "exercise-api", "simulator-endpoints",
            "plant-models", "scenario-scripts", "run-evidence", "ui", "cli");
    private static final Pattern EDGE = Pattern.compile("^\\s+(org\\.icsdrill\\S*)\\s+->\\s+(org\\.icsdrill\\S*)");

    @Test
    void jdepsFindsNoPackageCycle() {
        List<String> classes = mainClasses();
        assertThat(classes).as("each module's main classes on the test class path").hasSize(MODULES.size());

        Map<String, Set<String>> graph = packageGraph(classes);

        assertThat(graph).as("jdeps read the packages").containsKeys("org.icsdrill.core.sim", "org.icsdrill.ui");
        assertThat(stronglyConnected(graph)).as("package cycles").isEmpty();
    }

    /** The class folder or jar of each of the project's modules, as Maven put it on this test's class path. */
    private static List<String> mainClasses() {
        List<String> found = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            boolean ours = MODULES.stream().anyMatch(m -> path.endsWith("/" + m + "/target/classes")
                    || path.matches(".*/" + m + "-[^/]*\\.jar") && !path.endsWith("-tests.jar"));
            if (ours) {
                found.add(entry);
            }
        }
        return found;
    }

    private static Map<String, Set<String>> packageGraph(List<String> classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("-verbose:package", "-e", "org\\.icsdrill\\..*"));
        args.addAll(classes);
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
        assertThat(status).as(out.toString()).isZero();
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.find() && !edge.group(1).equals(edge.group(2))) {
                graph.computeIfAbsent(edge.group(1), k -> new TreeSet<>()).add(edge.group(2));
            }
        }
        return graph;
    }

    /** Tarjan's strongly connected components of more than one package: each one a cycle. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        List<Set<String>> cycles = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                visit(node, graph, index, low, stack, cycles);
            }
        }
        return cycles;
    }

    private static void visit(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                              Map<String, Integer> low, Deque<String> stack, List<Set<String>> cycles) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                visit(next, graph, index, low, stack, cycles);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> graph = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));

        assertThat(stronglyConnected(new TreeMap<>(graph))).containsExactly(new TreeSet<>(Arrays.asList("a", "b", "c")));
    }
}
