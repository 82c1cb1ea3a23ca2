/**
 * The after-action report: one self-contained HTML file made from an exercise record alone, with the
 * trainees' scores, a timeline, a chart of the true value against the operator's view of every
 * attacked tag (JFreeChart drawn into inline SVG by JFreeSVG), the ATT&amp;CK for ICS techniques, the
 * briefing and the instructor's notes, in English or Japanese (ADR 11).
 */
package org.icsdrill.evidence.report;
