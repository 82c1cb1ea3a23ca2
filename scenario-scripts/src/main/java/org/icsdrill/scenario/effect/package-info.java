/**
 * What the attack library ({@code ..scenario.attack}) and the fault library ({@code ..scenario.fault})
 * share: effects that undo installed hooks, tag and host lookups, and the exception for a step that
 * cannot start. Kept apart so that neither library depends on the other.
 */
package org.icsdrill.scenario.effect;
