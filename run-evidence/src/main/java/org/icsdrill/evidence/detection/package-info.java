/**
 * Scoring a detection tool ({@code icsdrill score}): its alerts (Suricata EVE or CSV) against the
 * run's ground truth, point-wise, eTaPR and per attack, with alerts placed in plant time
 * (docs/scoring.md). Not the trainees' review, which is {@code evidence.trainees}.
 */
package org.icsdrill.evidence.detection;
