package org.icsdrill.core.modbus;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.icsdrill.core.capture.NetworkTap;

/**
 * What every session of one server shares.
 *
 * @param tap           the server's capture now: a capture started while a connection is open joins it
 * @param serverClosing whether the server is shutting down: its sessions stop, and their ends are
 *                      then neither the client's nor counted as closed by the server
 */
record SessionContext(Duration idleTimeout, ModbusExchange exchange, Supplier<NetworkTap> tap,
                      BooleanSupplier serverClosing) {
}
