/**
 * The JavaFX console, an OPC UA client of the simulator (ADR 8). Per feature a thin {@code XxxView}
 * of JavaFX nodes and an {@code XxxViewModel} of properties, tested without a screen.
 */
package org.icsdrill.ui;
