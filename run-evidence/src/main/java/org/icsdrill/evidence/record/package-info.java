/**
 * The exercise record: one SQLite file per run with the scenario, the values, alarms, traffic, the
 * ground truth and what people did, written off the simulation thread and read back by the report
 * and the review (docs/record.md, ADR 9).
 */
package org.icsdrill.evidence.record;
