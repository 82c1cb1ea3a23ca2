package org.icsdrill.ui.tabletop;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;

/** The inject cards on the left, newest first; the selected card with its questions on the right. */
public final class TabletopView extends SplitPane {

    private final Messages messages;
    private final VBox detail = new VBox(10);

    public TabletopView(TabletopViewModel model, Messages messages) {
        this.messages = messages;
        setId("tabletop");
        ListView<InjectCardViewModel> cards = new ListView<>(model.cards());
        cards.setId("tabletop-cards");
        cards.setPlaceholder(new Label(messages.get("tabletop.none")));
        cards.setCellFactory(list -> new CardCell());
        cards.getSelectionModel().selectedItemProperty().addListener((o, before, card) -> {
            model.selectedProperty().set(card);
            showCard(card);
        });
        Label title = new Label(messages.get("tabletop.cards"));
        title.getStyleClass().add("tile-title");
        Label unopened = new Label();
        unopened.setId("tabletop-new-count");
        unopened.textProperty().bind(model.unopenedProperty().map(n -> messages.get("tabletop.newCount", n)));
        model.unopenedProperty().addListener((o, a, n) -> Styles.toggle(unopened, Styles.ABNORMAL, n.intValue() > 0));
        VBox left = new VBox(6, title, unopened, cards);
        VBox.setVgrow(cards, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        detail.setId("tabletop-card");
        detail.setPadding(new Insets(12));
        detail.getStyleClass().add("faceplate");
        ScrollPane right = new ScrollPane(detail);
        right.setFitToWidth(true);
        showCard(null);
        getItems().addAll(left, right);
        setDividerPositions(0.36);
    }

    private void showCard(InjectCardViewModel card) {
        detail.getChildren().clear();
        if (card == null) {
            detail.getChildren().add(new Label(messages.get("tabletop.select")));
            return;
        }
        Label header = label("tabletop-card-header", card.header(), "tile-title");
        Label audience = label("tabletop-card-audience", card.audience(), "range");
        Label text = label("tabletop-card-text", card.text(), "value");
        detail.getChildren().addAll(header, audience, text);
        for (QuestionViewModel question : card.questions()) {
            detail.getChildren().add(question(question));
        }
        Label result = label("tabletop-result", "", null);
        result.textProperty().bind(card.answer().textProperty());
        card.answer().refusedProperty().addListener((o, a, refused) -> Styles.toggle(result, Styles.ABNORMAL, refused));
        Styles.toggle(result, Styles.ABNORMAL, card.answer().refusedProperty().get());
        detail.getChildren().add(result);
    }

    private VBox question(QuestionViewModel question) {
        int n = question.index();
        Label asked = label("tabletop-question-" + n,
                messages.get("tabletop.question", n + 1, question.question()), "tag-name");
        TextArea answer = new TextArea();
        answer.setId("tabletop-answer-" + n);
        answer.setPrefRowCount(3);
        answer.setWrapText(true);
        answer.textProperty().bindBidirectional(question.draftProperty());
        Button submit = new Button(messages.get("tabletop.submit"));
        submit.setId("tabletop-submit-" + n);
        submit.setOnAction(e -> question.submit());
        Label sent = label("tabletop-sent-" + n, "", "range");
        sent.textProperty().bind(question.sentProperty().map(s -> s.isEmpty() ? "" : messages.get("tabletop.sent", s)));
        HBox actions = new HBox(8, submit, sent);
        return new VBox(4, asked, answer, actions);
    }

    private static Label label(String id, String text, String styleClass) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    /** A card in the list: a NEW mark until opened (the one coloured thing), when, for whom, the first words. */
    private final class CardCell extends ListCell<InjectCardViewModel> {
        @Override
        protected void updateItem(InjectCardViewModel card, boolean empty) {
            super.updateItem(card, empty);
            setText(null);
            if (empty || card == null) {
                setGraphic(null);
                return;
            }
            Label mark = new Label(messages.get("tabletop.new"));
            Styles.toggle(mark, Styles.ABNORMAL, true);
            mark.setVisible(!card.openedProperty().get());
            mark.setManaged(mark.isVisible());
            HBox top = new HBox(6, mark, new Label(card.header()), label(null, card.audienceName(), "range"));
            Label first = new Label(card.text());
            first.setMaxWidth(320);
            setGraphic(new VBox(2, top, first));
            setId("tabletop-card-" + card.id());
        }
    }
}
