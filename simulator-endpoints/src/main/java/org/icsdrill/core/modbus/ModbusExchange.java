package org.icsdrill.core.modbus;

import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.net.SourcePolicy;

/**
 * Serves one request as the network path lets it through: the path may cut the connection, drop a
 * write or withhold the answer; the PLC answers unit 1 and its aliases 0 and 255, any other unit
 * gets exception 0B (gateway target failed). Every request served is journaled, with what the path
 * did to it.
 */
final class ModbusExchange {

    /** The network path refuses this source now (isolated) or the plant's link is down: cut the connection. */
    static final int CUT = -2;

    private final String plantId;
    private final SourcePolicy policy;
    private final ModbusRequestHandler handler;
    private final ModbusJournal journal;

    ModbusExchange(String plantId, SourcePolicy policy, ModbusRequestHandler handler, ModbusJournal journal) {
        this.plantId = plantId;
        this.policy = policy;
        this.handler = handler;
        this.journal = journal;
    }

    /**
     * Serves the request PDU at {@code pduOffset} of {@code request} (after its MBAP header, whose
     * unit id is at {@code pduOffset - 1}) into {@code response} at the same offset.
     *
     * @return the response PDU length, 0 to send nothing, {@link ModbusRequestHandler#MALFORMED} or {@link #CUT}
     */
    int serve(String host, String source, byte[] request, int pduOffset, int pduLength, byte[] response,
              RequestLog log) {
        int function = request[pduOffset] & 0xFF;
        SourcePolicy.Verdict verdict = policy.judge(host, isWrite(function));
        if (verdict == SourcePolicy.Verdict.REFUSE || policy.isLinkDown(plantId)) {
            return CUT;
        }
        log.reset();
        int unit = request[pduOffset - 1] & 0xFF;
        int length;
        if (unit != 1 && unit != 0 && unit != 255) {
            log.function = ModbusRequestHandler.functionName(function);
            log.address = "unit " + unit;
            length = ModbusRequestHandler.exception(function, ExceptionCode.GATEWAY_TARGET_FAILED, response,
                    pduOffset, log);
        } else {
            length = handler.handle(request, pduOffset, pduLength, response, pduOffset, log, source,
                    verdict == SourcePolicy.Verdict.DROP_WRITE);
        }
        if (length == ModbusRequestHandler.MALFORMED) {
            log.result = "malformed, connection closed";
            log.outcome = TrafficOutcome.REFUSED;
        } else if (verdict == SourcePolicy.Verdict.DROP_WRITE && log.write) {
            log.result = log.result + " (dropped on the network path)";
            log.outcome = TrafficOutcome.DROPPED;
        } else if (verdict == SourcePolicy.Verdict.WITHHOLD_RESPONSE && length > 0) {
            log.result = log.result + " (answer withheld on the network path)";
            log.outcome = TrafficOutcome.DROPPED;
        }
        journal.request(source, log);
        if (length > 0 && verdict == SourcePolicy.Verdict.WITHHOLD_RESPONSE) {
            policy.withheld(source); // a simulated host waits for this, so the request is served in its tick
            return 0;
        }
        return length;
    }

    private static boolean isWrite(int function) {
        return function == 0x05 || function == 0x06 || function == 0x0F || function == 0x10 || function == 0x17;
    }
}
