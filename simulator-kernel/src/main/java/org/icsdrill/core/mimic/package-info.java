/**
 * A plant's mimic as plain data: equipment and its symbols, lines, live values and captions with
 * their English and Japanese texts. Plants declare it ({@code PlantModel.mimic()}), the OPC UA
 * server publishes it as JSON, and the console draws whatever it reads (ADR 8); no JavaFX here.
 */
package org.icsdrill.core.mimic;
