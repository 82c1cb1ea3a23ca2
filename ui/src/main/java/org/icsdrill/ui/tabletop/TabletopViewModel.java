package org.icsdrill.ui.tabletop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.api.InjectCard;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.ConsoleSession;
import org.icsdrill.ui.exercise.ExerciseSubscriber;
import org.icsdrill.ui.exercise.ExerciseUpdate;

/**
 * The tabletop: every inject card handed out so far, newest first, with a count of the ones nobody
 * at this console has opened yet. Cards are never taken back, so new ones are only put on top: the
 * list's selection and the answers being typed survive every update.
 */
public final class TabletopViewModel implements ExerciseSubscriber {

    private final ConsoleSession session;
    private final Messages messages;
    private final Map<String, InjectCardViewModel> byId = new HashMap<>();
    private final ObservableList<InjectCardViewModel> cards =
            FXCollections.observableArrayList(card -> new Observable[] {card.openedProperty()});
    private final ObjectProperty<InjectCardViewModel> selected = new SimpleObjectProperty<>();
    private final IntegerProperty unopened = new SimpleIntegerProperty();
    private final StringBinding notice;

    public TabletopViewModel(ConsoleSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
        notice = Bindings.createStringBinding(() -> unopened.get() == 0 ? ""
                : messages.get("tabletop.banner", unopened.get()), unopened);
        selected.addListener((o, before, card) -> {
            if (card != null) {
                card.markOpened();
                count();
            }
        });
    }

    @Override
    public void apply(ExerciseUpdate update) {
        update.cards().ifPresent(this::show);
    }

    private void show(List<InjectCard> handedOut) {
        List<InjectCardViewModel> fresh = new ArrayList<>();
        for (InjectCard card : handedOut) {
            if (!byId.containsKey(card.id())) {
                InjectCardViewModel model = new InjectCardViewModel(card, session, messages);
                byId.put(card.id(), model);
                fresh.add(0, model);
            }
        }
        cards.addAll(0, fresh);
        count();
    }

    private void count() {
        unopened.set((int) cards.stream().filter(c -> !c.openedProperty().get()).count());
    }

    /** Newest first. */
    public ObservableList<InjectCardViewModel> cards() {
        return cards;
    }

    /** The card being read; selecting one marks it opened. */
    public ObjectProperty<InjectCardViewModel> selectedProperty() {
        return selected;
    }

    /** Cards not opened yet at this console: the tab's badge. */
    public ReadOnlyIntegerProperty unopenedProperty() {
        return unopened;
    }

    /**
     * The console-wide notice of cards not opened yet, in the console's language; empty once every
     * card is opened, so a trainee on another screen still learns that a card came.
     */
    public StringBinding noticeProperty() {
        return notice;
    }

    public InjectCardViewModel card(String id) {
        return byId.get(id);
    }
}
