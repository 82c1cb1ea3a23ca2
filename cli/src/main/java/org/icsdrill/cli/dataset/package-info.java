/**
 * {@code icsdrill dataset}: many seeded runs in parallel worker processes, resumable, with a progress line,
 * described by the dataset's manifest and card (org.icsdrill.evidence.dataset; docs/datasets.md).
 */
package org.icsdrill.cli.dataset;
