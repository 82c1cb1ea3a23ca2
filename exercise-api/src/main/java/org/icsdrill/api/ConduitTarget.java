package org.icsdrill.api;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link ResponseAction#CLOSE_CONDUIT} is aimed at, as a trainee types it and a scenario expects it:
 * a conduit of the run's site by name ({@code enterprise-dmz}), or one service on it written
 * protocol/port after the name ({@code enterprise-dmz rdp/3389}), as docs/site.md writes services.
 *
 * @param protocol empty for the whole conduit
 * @param port     0 for the whole conduit
 */
public record ConduitTarget(String conduit, String protocol, int port) {

    /** {@code rdp/3389}: a protocol word and a TCP port. */
    private static final Pattern SERVICE = Pattern.compile("([A-Za-z0-9-]+)/([0-9]{1,5})");

    public ConduitTarget {
        Objects.requireNonNull(conduit, "conduit");
        Objects.requireNonNull(protocol, "protocol");
    }

    /**
     * The conduit and, when the text goes on after the name, the service; refused with
     * {@link ResultCode#SERVICE_MALFORMED} when what follows the name is not one protocol/port with a port
     * from 1 to 65535. Spaces around and between the two are not significant.
     */
    public static ConduitTarget parse(String text) {
        String[] parts = (text == null ? "" : text.strip()).split("\\s+", 2);
        return parts.length == 1 ? new ConduitTarget(parts[0], "", 0) : of(parts[0], parts[1]);
    }

    /** The conduit and the service written protocol/port, or the whole conduit when it is blank. */
    public static ConduitTarget of(String conduit, String service) {
        String given = service == null ? "" : service.strip();
        if (given.isEmpty()) {
            return new ConduitTarget(conduit.strip(), "", 0);
        }
        Matcher m = SERVICE.matcher(given);
        int port = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (port < 1 || port > 65_535) {
            throw new ExerciseRefusal(ResultCode.SERVICE_MALFORMED, given);
        }
        return new ConduitTarget(conduit.strip(), m.group(1), port);
    }

    /** Whether the whole conduit is meant, not one service on it. */
    public boolean whole() {
        return protocol.isEmpty();
    }

    /** {@code rdp/3389}; empty for the whole conduit. */
    public String service() {
        return whole() ? "" : protocol + "/" + port;
    }

    /** {@code enterprise-dmz rdp/3389} or {@code enterprise-dmz}: the one way the record and the rule write it. */
    @Override
    public String toString() {
        return whole() ? conduit : conduit + " " + service();
    }
}
