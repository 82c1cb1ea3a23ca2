/**
 * The SCADA server's historian: what the OPC UA server had of each plant once per plant-second,
 * served by HistoryRead (ADR 3), so consoles open trends with their past.
 */
package org.icsdrill.core.history;
