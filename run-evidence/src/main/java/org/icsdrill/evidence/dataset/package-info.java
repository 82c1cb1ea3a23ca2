/**
 * Datasets made of many runs: what each finished run holds (its files with sizes and SHA-256, its labels
 * counted per attack and stage), the dataset's manifest and its card (docs/datasets.md).
 */
package org.icsdrill.evidence.dataset;
