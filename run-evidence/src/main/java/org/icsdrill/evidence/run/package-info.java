/**
 * A scenario run with its evidence: {@code ScenarioRun} attaches the engine, the simulated hosts,
 * the ground-truth writers and the exercise record to a simulation; {@code BundledScenarioCatalog}
 * starts one chosen on the instructor's desk.
 */
package org.icsdrill.evidence.run;
