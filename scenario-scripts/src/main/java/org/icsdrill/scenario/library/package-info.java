/**
 * The effect library of a real run: every attack and fault kind the scenario format knows. Above
 * the engine, so that the engine knows effects only by their interface.
 */
package org.icsdrill.scenario.library;
