/**
 * Ground truth as the run makes it, for detection tools and datasets: {@code labels.csv} per
 * plant-second, {@code attacks.jsonl} and {@code events.jsonl}, and the true values in
 * {@code historian.csv} (docs/scenarios.md, "Outputs"; ADR 7).
 */
package org.icsdrill.evidence.truth;
