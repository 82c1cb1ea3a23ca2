/**
 * What the simulator and its clients agree on, without the engine or a protocol library: the OPC
 * UA addresses of plants and exercise, the exercise variables' JSON and its records, a plant's mimic
 * as JSON ({@code MimicJson}), command results ({@code ExerciseResult}: a code and its arguments,
 * texts in English and Japanese), the ATT&amp;CK for ICS technique list and the text bundles. The console depends on this and the Milo client only.
 */
package org.icsdrill.api;
