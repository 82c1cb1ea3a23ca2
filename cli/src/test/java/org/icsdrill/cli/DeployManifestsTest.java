package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.icsdrill.cli.dataset.Seeds;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.bundled.BundledScenarios;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/**
 * The Kubernetes manifests under deploy/ and the Containerfile checked against the command line they run:
 * every argument is a real option of the image's command, an Indexed Job has a pod per run of its dataset,
 * the ports a simulator's container and Service declare are those it listens on, and the Service selects
 * its Deployment's pods.
 */
class DeployManifestsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyContainerRunsARealCommandLineWithItsPortsAndItsRuns() throws Exception {
        List<Map<String, Object>> documents = documents();
        assertThat(documents).extracting(d -> d.get("kind")).contains("Job", "Deployment", "Service");
        int containers = 0;
        for (Map<String, Object> document : documents) {
            Map<String, Object> pod = map(map(map(document, "spec"), "template"), "spec");
            if (pod == null) {
                continue;
            }
            for (String list : List.of("initContainers", "containers")) {
                for (Map<String, Object> container : maps(pod.get(list))) {
                    List<String> args = strings(container.get("args"));
                    CommandLine.ParseResult parsed = parse(args);
                    containers++;
                    CommandLine.ParseResult command = parsed.subcommand();
                    assertThat(container.get("image")).as(name(document)).isEqualTo("localhost/icsdrill:0.1.0");
                    if (command.commandSpec().name().equals("dataset")) {
                        checkDataset(document, command);
                    } else if (command.commandSpec().name().equals("run")) {
                        checkRun(documents, document, container, command);
                    }
                }
            }
        }
        assertThat(containers).as("the dataset and manifest jobs, the team's users and simulator").isEqualTo(4);
    }

    @Test
    void theContainerfileRunsTheBuiltJarAndExposesTheSimulatorsPorts() throws Exception {
        String file = Files.readString(ROOT.resolve("Containerfile"));
        // what `icsdrill run` listens on by default, all plants on one segment: a Modbus port per plant, then OPC UA
        CommandLine.Model.CommandSpec run = new CommandLine(new RunCommand()).getCommandSpec();
        StringBuilder expose = new StringBuilder("EXPOSE");
        for (int i = 0; i < Plants.ids().size(); i++) {
            expose.append(' ').append(SimulatorHost.flatModbusPort(defaultPort(run, "--modbus-port"), i));
        }
        expose.append(' ').append(defaultPort(run, "--opcua-port"));
        assertThat(file).contains("COPY cli/target/icsdrill.jar /opt/icsdrill/icsdrill.jar",
                "\"-jar\", \"/opt/icsdrill/icsdrill.jar\"]", expose.toString(), "openjdk-17-jre-headless");
        // the jar is made after the tests (package follows test): its name is the shade plugin's finalName
        assertThat(Files.readString(ROOT.resolve("cli/pom.xml"))).as("the jar the build makes is cli/target/icsdrill.jar")
                .contains("<finalName>icsdrill</finalName>");
    }

    /** The port {@code icsdrill run} takes when {@code option} is not given. */
    private static int defaultPort(CommandLine.Model.CommandSpec run, String option) {
        return Integer.parseInt(run.findOption(option).defaultValue());
    }

    /** An Indexed Job has a completion per run: every scenario with every seed; --index within them. */
    private static void checkDataset(Map<String, Object> document, CommandLine.ParseResult dataset) {
        List<String> scenarios = dataset.matchedOptionValue("--scenarios", List.of());
        scenarios.forEach(s -> assertThat(BundledScenarios.load(s)).as("bundled scenario " + s).isPresent());
        int runs = scenarios.size() * Seeds.parse(dataset.matchedOptionValue("--seeds", "")).size();
        Map<String, Object> spec = map(document, "spec");
        if (dataset.hasMatchedOption("--index")) {
            assertThat(spec.get("completionMode")).isEqualTo("Indexed");
            assertThat(spec.get("completions")).as("a pod per run").isEqualTo(runs);
            assertThat(dataset.matchedOptionValue("--jobs", 0)).isEqualTo(1);
        }
    }

    /** The container's and the Service's ports are those the simulator listens on, by the simulator's own rule. */
    private static void checkRun(List<Map<String, Object>> documents, Map<String, Object> deployment,
                                 Map<String, Object> container, CommandLine.ParseResult run) {
        String scenario = run.matchedOptionValue("--scenario", "");
        int plants = BundledScenarios.load(scenario).orElseThrow().scenario().plants().size();
        Set<Integer> listening = new LinkedHashSet<>();
        listening.add(run.matchedOptionValue("--opcua-port", defaultPort(run.commandSpec(), "--opcua-port")));
        for (int i = 0; i < plants; i++) {
            listening.add(SimulatorHost.flatModbusPort(
                    run.matchedOptionValue("--modbus-port", defaultPort(run.commandSpec(), "--modbus-port")), i));
        }
        assertThat(run.matchedOptionValue("--site", "")).as("a flat segment on the pod's address").isEqualTo("none");
        Map<String, Integer> named = new java.util.HashMap<>();
        maps(container.get("ports")).forEach(p -> named.put((String) p.get("name"), (Integer) p.get("containerPort")));
        assertThat(named.values()).containsExactlyInAnyOrderElementsOf(listening);

        Map<String, Object> service = documents.stream().filter(d -> "Service".equals(d.get("kind"))).findFirst()
                .orElseThrow();
        Map<String, Object> labels = map(map(map(map(deployment, "spec"), "template"), "metadata"), "labels");
        assertThat(labels).containsAllEntriesOf(map(map(service, "spec"), "selector"));
        for (Map<String, Object> port : maps(map(service, "spec").get("ports"))) {
            assertThat(named.get((String) port.get("targetPort"))).as("the Service's " + port).isNotNull()
                    .isEqualTo(port.get("port"));
        }
        assertThat(run.matchedOptionValue("--advertise", List.of())).as("the Service's name in the endpoint URLs")
                .contains((String) map(service, "metadata").get("name"));
    }

    /** Parses as the image's entry point would, Kubernetes' $(VAR) standing for a number. */
    private static CommandLine.ParseResult parse(List<String> args) {
        List<String> expanded = args.stream().map(a -> a.replaceAll("\\$\\([A-Z_]+\\)", "0")).toList();
        try {
            return new CommandLine(new IcsDrill()).parseArgs(expanded.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new AssertionError("not a command line of icsdrill: " + args + ": " + e.getMessage(), e);
        }
    }

    private static List<Map<String, Object>> documents() throws Exception {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("deploy"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Load(LoadSettings.builder().build()).loadAllFromReader(reader)) {
                        documents.add(castMap(document));
                    }
                }
            }
        }
        return documents;
    }

    private static String name(Map<String, Object> document) {
        return document.get("kind") + " " + map(document, "metadata").get("name");
    }

    private static Map<String, Object> map(Map<String, Object> node, String key) {
        return node == null ? null : castMap(node.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object node) {
        return node == null ? List.of() : (List<Map<String, Object>>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object node) {
        return (List<String>) node;
    }
}
