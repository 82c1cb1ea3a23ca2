package org.icsdrill.api;

/**
 * What became of one request, as the network monitor tells it apart: the result text says how
 * ({@code exception 02 illegal data address}, {@code Bad_UserAccessDenied}); this says which kind.
 */
public enum TrafficOutcome {
    /** Served and answered as asked. */
    ANSWERED,
    /**
     * Answered with an error or turned away by the server: a Modbus exception, a Bad OPC UA status,
     * a connection refused (isolated host, allow-list, connection limit) or closed as malformed.
     */
    REFUSED,
    /**
     * Lost on the network path: a write answered but never applied (commands blocked), a request
     * taken in and never answered (reports blocked), a connection cut (host isolated, link down).
     */
    DROPPED
}
