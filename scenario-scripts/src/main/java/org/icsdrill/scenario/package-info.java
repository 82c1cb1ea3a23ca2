/**
 * The scenario language and its player: {@code model} (what a scenario says), {@code load} (YAML to
 * model with file:line:column diagnostics), {@code engine} (plays the steps on the simulation thread),
 * {@code attack} and {@code fault} (the effects, each through one layer hook of the signal path),
 * {@code library} (every effect kind a real run knows), {@code hosts} (the simulated SCADA poller and
 * engineering workstation), {@code exercise} (a played scenario joined to the exercise: cards,
 * checkpoints, the playbook), {@code site} (the site network: zones, hosts and conduits after IEC 62443)
 * and {@code bundled} (the scenarios and sites shipped in the jar). What a run leaves behind is in
 * run-evidence, which listens to the engine; nothing here knows it.
 */
package org.icsdrill.scenario;
