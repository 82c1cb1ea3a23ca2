package org.icsdrill.scenario.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icsdrill.api.Ipv4;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.site.Account;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Service;
import org.icsdrill.scenario.site.Zone;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a site's hosts, checking each against the zones read before it. */
final class HostReader {

    private static final List<String> KEYS = List.of("name", "role", "zone", "address", "plant", "services",
            "accounts");
    private static final List<String> ACCOUNT_KEYS = List.of("name", "kind");

    private final Values values;
    private final Diagnostics diagnostics;
    private final ServiceReader services;
    /** Every zone name the file declares, valid or not: a host in a broken zone is not "in an unknown zone". */
    private final Set<String> zoneNames;
    /** The zones read whole: their networks are known. */
    private final Map<String, Zone> zones;
    private final UniqueNames names;
    private final UniqueNames addresses;

    HostReader(Values values, Set<String> zoneNames, Map<String, Zone> zones) {
        this.values = values;
        this.diagnostics = values.diagnostics();
        this.services = new ServiceReader(values);
        this.zoneNames = zoneNames;
        this.zones = zones;
        this.names = new UniqueNames("host", diagnostics);
        this.addresses = new UniqueNames("address", diagnostics);
    }

    Optional<List<Host>> read(Node node) {
        return values.each(node, "a list of hosts", this::host);
    }

    private Optional<Host> host(Node node) {
        return Mapping.read(node, "a host with name, role, zone and address", diagnostics).flatMap(m -> {
            m.allowOnly(KEYS);
            Optional<String> name = m.require("name").flatMap(n -> SiteReader.name(values, n, "host")
                    .filter(h -> names.add(h, n)));
            Optional<String> role = m.require("role").flatMap(n -> values.word(n, Host.ROLES, "role"));
            Optional<String> zone = m.require("zone").flatMap(this::zone);
            Optional<String> address = m.require("address").flatMap(n -> address(n, zone));
            Optional<Optional<String>> plant = plant(m, role);
            Optional<List<Service>> offered = m.getOr("services", services::offered, List.of());
            Optional<List<Account>> accounts = m.getOr("accounts", this::accounts, List.of());
            if (name.isEmpty() || role.isEmpty() || zone.isEmpty() || address.isEmpty() || plant.isEmpty()
                    || offered.isEmpty() || accounts.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Host(name.get(), role.get(), zone.get(), address.get(), plant.get(), offered.get(),
                    accounts.get()));
        });
    }

    private Optional<String> zone(Node node) {
        return SiteReader.zone(values, node, zoneNames);
    }

    /** A dotted-quad address inside the host's zone, no other host's. */
    private Optional<String> address(Node node, Optional<String> zoneName) {
        Optional<String> address = values.text(node);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        if (Ipv4.parse(address.get()).isEmpty()) {
            diagnostics.at(node, "expected an IPv4 address like 127.0.40.11, got '" + address.get() + "'");
            return Optional.empty();
        }
        Optional<Zone> zone = zoneName.map(zones::get);
        if (zone.isPresent() && !zone.get().contains(address.get())) {
            diagnostics.at(node, "address " + address.get() + " is outside zone '" + zone.get().name() + "' ("
                    + zone.get().cidr() + ")");
            return Optional.empty();
        }
        return addresses.add(address.get(), node) ? address : Optional.empty();
    }

    /**
     * The plant a plc or sis serves: a plc must name one (its endpoints are that plant's), a sis may,
     * other roles must not. Empty when wrong; an empty inner value when rightly absent.
     */
    private Optional<Optional<String>> plant(Mapping m, Optional<String> role) {
        boolean plantRole = role.map(Host.PLANT_ROLES::contains).orElse(false);
        if (!m.has("plant")) {
            if (role.filter("plc"::equals).isPresent()) {
                diagnostics.at(m.node(), "a plc host names the plant whose endpoints it serves: plant: one of "
                        + String.join(", ", Plants.ids()));
                return Optional.empty();
            }
            return Optional.of(Optional.empty());
        }
        if (role.isPresent() && !plantRole) {
            diagnostics.at(m.keyNode("plant"), "only plc and sis hosts name a plant, not a " + role.get() + " host");
            return Optional.empty();
        }
        return m.get("plant").flatMap(n -> values.word(n, Plants.ids(), "plant")).map(Optional::of);
    }

    private Optional<List<Account>> accounts(Node node) {
        UniqueNames accountNames = new UniqueNames("account", diagnostics);
        return values.each(node, "a list of accounts like [{name: operator, kind: user}]",
                item -> account(item).filter(a -> accountNames.add(a.name(), item)));
    }

    private Optional<Account> account(Node node) {
        return Mapping.read(node, "an account like {name: operator, kind: user}", diagnostics).flatMap(m -> {
            m.allowOnly(ACCOUNT_KEYS);
            Optional<String> name = m.require("name").flatMap(values::text);
            Optional<String> kind = m.require("kind").flatMap(n -> values.word(n, Account.KINDS, "account kind"));
            return name.isPresent() && kind.isPresent()
                    ? Optional.of(new Account(name.get(), kind.get())) : Optional.empty();
        });
    }
}
