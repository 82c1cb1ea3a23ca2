/**
 * The attack library: one class per {@link org.icsdrill.scenario.model.AttackKind}, each acting at
 * its layer of the signal path (design notes, "One signal, four layers"), dispatched by
 * {@link org.icsdrill.scenario.attack.AttackLibrary}. Everything runs on the simulation thread at
 * tick boundaries, so a seeded run is reproducible; only the denial-of-service traffic has threads
 * of its own.
 */
package org.icsdrill.scenario.attack;
