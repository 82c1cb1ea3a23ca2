/**
 * The fault library: non-malicious failures, one class per
 * {@link org.icsdrill.scenario.model.FaultKind}, dispatched by
 * {@link org.icsdrill.scenario.fault.FaultLibrary}, so trainees learn to tell a broken instrument
 * from an attack. All of it runs on the simulation thread, and instrument noise comes from the
 * plant's seeded random, so a run stays reproducible.
 */
package org.icsdrill.scenario.fault;
