/**
 * Couplings between the plants of one site (docs/coupling.md, ADR 21): a declared tag of one plant drives a
 * declared boundary input of another, read after each tick and set before the next, in plant time, on the
 * simulation thread. The plants stay independent models; the couplings live here, outside them, and a run
 * without them (one plant, or couplings switched off) steps each plant exactly as alone.
 */
package org.icsdrill.core.coupling;
