package org.icsdrill.ui.response;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.api.DurationText;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.SiteView;
import org.icsdrill.api.Technique;
import org.icsdrill.api.Techniques;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.ConsoleSession;
import org.icsdrill.ui.exercise.ExerciseSubscriber;
import org.icsdrill.ui.exercise.ExerciseUpdate;
import org.icsdrill.ui.opcua.CallOutcome;

/**
 * The trainee's incident response: declare an incident (plant, site's host or both, suspected ATT&CK for
 * ICS technique, affected assets, own words) and take response actions. Both go to the server as the logged-in
 * user, which acts on the simulation and records them with time and user; the log below shows what
 * everyone at the consoles did.
 */
public final class ResponseViewModel implements ExerciseSubscriber {

    /** Taken on a host at every endpoint, on the site's firewall or hosts, or on people: on no one plant. */
    private static final Set<ResponseAction> NO_PLANT = EnumSet.of(ResponseAction.ISOLATE_HOST,
            ResponseAction.BLOCK_TRAFFIC, ResponseAction.CLOSE_CONDUIT, ResponseAction.REOPEN_CONDUIT,
            ResponseAction.QUARANTINE_HOST, ResponseAction.DISABLE_ACCOUNT, ResponseAction.RESET_CREDENTIAL,
            ResponseAction.ESCALATE);

    private final ConsoleSession session;
    private final Messages messages;
    private final ObservableList<String> plants;
    private final ObservableList<Technique> techniques = FXCollections.observableArrayList(Techniques.all());
    private final ObservableList<ResponseAction> actions = FXCollections.observableArrayList(ResponseAction.values());
    /** A declaration's plant and host choices: each may be left empty ({@code ""}), not both. */
    private final ObservableList<String> declarationPlants = FXCollections.observableArrayList("");
    private final ObservableList<String> declarationHosts = FXCollections.observableArrayList("");
    private final ObjectProperty<String> declarationPlant = new SimpleObjectProperty<>("");
    private final ObjectProperty<String> declarationHost = new SimpleObjectProperty<>("");
    private final ObjectProperty<Technique> technique = new SimpleObjectProperty<>();
    private final StringProperty assets = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ResponseAction> action = new SimpleObjectProperty<>(ResponseAction.ISOLATE_HOST);
    private final ObjectProperty<String> actionPlant = new SimpleObjectProperty<>();
    private final StringProperty target = new SimpleStringProperty("");
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private SiteView site = SiteView.NONE;
    private final StringProperty outcome = new SimpleStringProperty("");
    private final ObservableList<String> log = FXCollections.observableArrayList();

    public ResponseViewModel(ConsoleSession session, Messages messages, List<String> plantIds) {
        this.session = session;
        this.messages = messages;
        this.plants = FXCollections.observableArrayList(plantIds);
        declarationPlants.addAll(plantIds);
        if (!plantIds.isEmpty()) {
            declarationPlant.set(plantIds.get(0));
            actionPlant.set(plantIds.get(0));
        }
        action.addListener(o -> showTargets());
    }

    @Override
    public void apply(ExerciseUpdate update) {
        update.actions().ifPresent(entries -> {
            List<String> lines = new ArrayList<>(entries.stream()
                    .filter(e -> e.kind() == TimelineEntry.Kind.DECLARATION || e.kind() == TimelineEntry.Kind.RESPONSE)
                    .map(this::line).toList());
            Collections.reverse(lines);
            log.setAll(lines);
        });
        update.site().ifPresent(next -> {
            site = next;
            showTargets();
            List<String> hosts = new ArrayList<>(List.of(""));
            next.hosts().forEach(h -> hosts.add(h.name()));
            if (!hosts.equals(declarationHosts)) {
                declarationHosts.setAll(hosts);
            }
        });
    }

    /** The site's choices for the action chosen; left alone while they stand, so an open list stays open. */
    private void showTargets() {
        List<String> next = SiteTargets.of(action.get(), site);
        if (!next.equals(targets)) {
            targets.setAll(next);
        }
    }

    private String line(TimelineEntry e) {
        return messages.get("response.logLine", DurationText.clock(e.plantTime()), e.user(),
                messages.get("timeline." + e.kind().name()), e.plant(), e.what(), e.detail());
    }

    public void declare() {
        Technique suspected = technique.get();
        session.call(ExerciseAddress.DECLARE_INCIDENT, this::show, nonNull(declarationPlant.get()),
                suspected == null ? "" : suspected.id(), assets.get(), text.get(), nonNull(declarationHost.get()));
    }

    public void respond() {
        ResponseAction chosen = action.get();
        if (chosen == null) {
            return;
        }
        session.call(ExerciseAddress.RESPOND, this::show, chosen.name().toLowerCase(Locale.ROOT),
                needsPlant(chosen) ? nonNull(actionPlant.get()) : "", target.get().trim());
    }

    /** Isolates a host in one step, as from the network monitor's "isolate" on a suspicious source. */
    public void isolate(String host) {
        action.set(ResponseAction.ISOLATE_HOST);
        target.set(host);
        respond();
    }

    /**
     * Starts a declaration from the network monitor: the request's plant (when it names one), its
     * source host as the affected asset, and a line saying where it was seen; the trainee adds the
     * technique and their own words, then declares.
     */
    public void prefillDeclaration(String plant, String host) {
        if (plant != null && plants.contains(plant)) {
            declarationPlant.set(plant);
        }
        assets.set(host);
        text.set(messages.get("response.fromNetwork", host));
    }

    /**
     * Whether an action is taken on a plant (a host action is taken at every endpoint, a conduit's at the
     * site's firewall, a site host's or an account's on the site).
     */
    public static boolean needsPlant(ResponseAction action) {
        return !NO_PLANT.contains(action);
    }

    /**
     * What the target field means for an action: a host address, a conduit (and a service on it), a loop's
     * auto switch, a recipient.
     */
    public String targetHint(ResponseAction chosen) {
        return chosen == null ? "" : messages.get("response.target." + chosen.name());
    }

    private void show(CallOutcome answer) {
        outcome.set(messages.get(answer.accepted() ? "response.done" : "response.refused",
                answer.accepted() ? answer.message() : messages.status(answer.message())));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public ObservableList<String> plants() {
        return plants;
    }

    public ObservableList<Technique> techniques() {
        return techniques;
    }

    public ObservableList<ResponseAction> actions() {
        return actions;
    }

    /** The plants a declaration may name, the empty choice first (an incident on a site's host only). */
    public ObservableList<String> declarationPlants() {
        return declarationPlants;
    }

    /** The site's hosts a declaration may name, the empty choice first; only that off a site. */
    public ObservableList<String> declarationHosts() {
        return declarationHosts;
    }

    public ObjectProperty<String> declarationPlantProperty() {
        return declarationPlant;
    }

    public ObjectProperty<String> declarationHostProperty() {
        return declarationHost;
    }

    public ObjectProperty<Technique> techniqueProperty() {
        return technique;
    }

    public StringProperty assetsProperty() {
        return assets;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<ResponseAction> actionProperty() {
        return action;
    }

    public ObjectProperty<String> actionPlantProperty() {
        return actionPlant;
    }

    public StringProperty targetProperty() {
        return target;
    }

    /** The run's site's choices of target for the action chosen (conduits, hosts, accounts); none off a site. */
    public ObservableList<String> targets() {
        return targets;
    }

    /** The server's answer to this console's last declaration or action. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    /** Declarations and actions of everyone, newest first. */
    public ObservableList<String> log() {
        return log;
    }
}
