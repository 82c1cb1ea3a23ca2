/**
 * Trainee scoring for the after-action review: from an exercise record alone, per trainee and for
 * the team, time to detect each attack and whether the declaration named its plant and technique,
 * time to respond, wrong declarations, and the plants' outcome (damage, trips, time out of limits),
 * judged against the scenario's expectations. docs/scoring.md explains the method.
 */
package org.icsdrill.evidence.trainees;
