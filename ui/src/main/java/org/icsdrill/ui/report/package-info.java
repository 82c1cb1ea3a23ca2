/**
 * The incident report screen: the trainees write what happened and its impact, choose the determination and
 * the TLP marking, see what the shared STIX bundle will hold, and approve it for sharing (docs/sharing.md).
 */
package org.icsdrill.ui.report;
