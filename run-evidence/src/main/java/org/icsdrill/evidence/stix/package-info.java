/**
 * The incident as a plant would share it with its ISAC: one STIX 2.1 bundle made from the exercise record, in
 * the trainees' view (what they declared, observed, did and approved) or the truth view (the answer key from
 * the ground truth), and read back. docs/sharing.md and ADR 20.
 */
package org.icsdrill.evidence.stix;
