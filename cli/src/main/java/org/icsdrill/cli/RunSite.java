package org.icsdrill.cli;

import java.util.List;
import java.util.Optional;
import org.icsdrill.scenario.bundled.BundledSites;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Service;
import org.icsdrill.scenario.site.Site;
import picocli.CommandLine;

/**
 * The site a run is on (ADR 17): {@code --site NAME|FILE}, else the scenario's {@code site}, else the reference
 * site. {@code --site none} runs without one, every endpoint on {@code --bind} from {@code --modbus-port} on, as
 * before sites existed. {@code --bind} belongs to that layout only, so on a site it is a usage error; a
 * {@code --modbus-port} other than 0 on a site is the port of every PLC, each at its own address.
 *
 * @param site   the run's site; empty for none
 * @param origin where it came from, for the start-up banner
 */
record RunSite(Optional<Site> site, String origin) {

    /** The value of {@code --site} for a run without a site. */
    static final String NONE = "none";

    /** The run's site; a layout option that contradicts it is a usage error. */
    static RunSite choose(CommandLine.Model.CommandSpec spec, String option, Scenario played, int modbusPort) {
        RunSite chosen;
        if (option != null) {
            chosen = new RunSite(option.equals(NONE) ? Optional.empty() : Optional.of(SiteSource.load(spec, option)),
                    "--site");
        } else if (played != null && played.site().isPresent()) {
            chosen = new RunSite(played.site(), "the scenario's");
        } else {
            chosen = new RunSite(Optional.of(SiteSource.load(spec, BundledSites.DEFAULT)), "the default");
        }
        if (chosen.site().isEmpty()) {
            return chosen;
        }
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        if (given.hasMatchedOption("--bind")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind puts every endpoint on one address,"
                    + " a run without a site; on site " + chosen.site().get().name() + " (" + chosen.origin()
                    + ") each endpoint listens at its host's address. Add --site none to put them on --bind");
        }
        return given.hasMatchedOption("--modbus-port") && modbusPort != 0
                ? new RunSite(chosen.site().map(s -> withModbusPort(s, modbusPort)), chosen.origin()) : chosen;
    }

    /** The banner's line: {@code reference (the default; --site none for one flat segment)}. */
    String describe() {
        return site.map(s -> s.name() + " (" + origin + (origin.equals("the default")
                ? "; --site none for one flat segment" : "") + ")")
                .orElse("none: one flat segment, no firewall");
    }

    /** The site with every PLC's Modbus service on {@code port}: each PLC has its own address, so they share it. */
    static Site withModbusPort(Site site, int port) {
        List<Host> hosts = site.hosts().stream().map(h -> !h.role().equals("plc") ? h
                : new Host(h.name(), h.role(), h.zone(), h.address(), h.plant(), h.services().stream()
                        .map(s -> s.protocol().equals("modbus") ? new Service(s.protocol(), port) : s).toList(),
                        h.accounts())).toList();
        return new Site(site.name(), site.description(), site.zones(), hosts, site.conduits());
    }
}
