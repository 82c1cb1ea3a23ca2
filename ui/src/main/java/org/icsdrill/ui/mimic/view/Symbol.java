package org.icsdrill.ui.mimic.view;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.icsdrill.core.mimic.Equipment;
import org.icsdrill.ui.common.Styles;
import org.icsdrill.ui.mimic.EquipmentViewModel;
import org.icsdrill.ui.mimic.EquipmentViewModel.State;

/**
 * A piece of equipment drawn with JavaFX shapes around (0, 0), the equipment's position. Subclasses
 * add their shapes; the base class binds them to an {@link EquipmentViewModel}:
 * <ul>
 *   <li>the <em>body</em> shapes take the state: style class {@code on} (running, open, closed
 *       breaker: dark grey fill), none (stopped, shut: hollow), {@code unknown} (no value: dashed);</li>
 *   <li>abnormal shows a yellow halo behind the symbol, the only colour on the drawing (ISA-101);</li>
 *   <li>the equipment's id is written on the side the layout says; a click opens its faceplate.</li>
 * </ul>
 * Styles are in {@code console.css} ({@code .mimic-symbol}, {@code .mimic-halo}).
 */
public abstract class Symbol extends Group {

    static final String BODY = "mimic-symbol";
    static final String DETAIL = "mimic-detail";
    private static final Font LETTERS = Font.font("System", FontWeight.BOLD, 11);

    private final Group drawing = new Group();
    private final List<Shape> body = new ArrayList<>();
    protected final Equipment spec;

    protected Symbol(Equipment spec) {
        this.spec = spec;
        drawing.setRotate(spec.rotation());
        getChildren().add(drawing);
    }

    /** Adds a shape that shows the state (filled when on). */
    protected final <S extends Shape> S body(S shape) {
        shape.getStyleClass().add(BODY);
        body.add(shape);
        drawing.getChildren().add(shape);
        return shape;
    }

    /** Adds a shape that does not change with the state (a stem, a blade, a letter). */
    protected final <S extends Shape> S detail(S shape) {
        shape.getStyleClass().add(DETAIL);
        drawing.getChildren().add(shape);
        return shape;
    }

    /** Adds a shape styled by its own classes. */
    protected final <S extends Shape> S plain(S shape, String styleClass) {
        shape.getStyleClass().add(styleClass);
        drawing.getChildren().add(shape);
        return shape;
    }

    /** Adds a letter in the symbol's font, centred on x = 0 at {@code baseline}. */
    protected final Text letters(String text, double baseline) {
        Text letters = new Text(text);
        letters.setFont(LETTERS);
        letters.setX(-letters.getLayoutBounds().getWidth() / 2);
        letters.setY(baseline);
        return plain(letters, "mimic-letter");
    }

    /** Adds a node that is neither rotated nor state-filled (a text beside the symbol). */
    protected final void beside(javafx.scene.Node node) {
        getChildren().add(node);
    }

    /** A w x h rectangle centred on the equipment's position. */
    protected static Rectangle centred(double w, double h) {
        return new Rectangle(-w / 2, -h / 2, w, h);
    }

    /** The equipment's width where the layout gives one, else {@code fallback}. */
    protected final double width(double fallback) {
        return spec.width() > 0 ? spec.width() : fallback;
    }

    protected final double height(double fallback) {
        return spec.height() > 0 ? spec.height() : fallback;
    }

    /** Binds the drawing to the equipment's live state, labelled {@code label}; {@code open} runs on a click. */
    public final void bind(EquipmentViewModel model, String label, Runnable open) {
        Bounds bounds = drawing.getBoundsInParent();
        Rectangle halo = new Rectangle(bounds.getMinX() - 5, bounds.getMinY() - 5, bounds.getWidth() + 10,
                bounds.getHeight() + 10);
        halo.setArcWidth(8);
        halo.setArcHeight(8);
        halo.getStyleClass().add("mimic-halo");
        halo.visibleProperty().bind(model.abnormalProperty());
        getChildren().add(0, halo);
        addLabel(bounds, label);

        model.stateProperty().addListener((o, before, state) -> showState(state));
        showState(model.stateProperty().get());
        model.openingProperty().addListener((o, before, f) -> showOpening(f.doubleValue()));
        model.levelProperty().addListener((o, before, f) -> showLevel(f.doubleValue()));
        model.detailProperty().addListener((o, before, text) -> showDetail(text));
        model.abnormalProperty().addListener((o, before, abnormal) -> Styles.toggle(this, Styles.ABNORMAL, abnormal));
        showOpening(model.openingProperty().get());
        showLevel(model.levelProperty().get());
        showDetail(model.detailProperty().get());

        setId(model.nodeId());
        getStyleClass().add("mimic-equipment");
        setCursor(Cursor.HAND);
        setPickOnBounds(true);
        setOnMouseClicked(e -> open.run());
    }

    private void addLabel(Bounds bounds, String text) {
        if (spec.labelSide() == Equipment.Side.NONE) {
            return;
        }
        Label label = new Label(text);
        label.getStyleClass().add("mimic-label");
        double width = 160;
        if (spec.labelSide() != Equipment.Side.RIGHT) {
            label.setPrefWidth(width); // centred or right-aligned in a fixed width
            label.setMinWidth(width);
        } else {
            label.setMinWidth(Region.USE_PREF_SIZE);
        }
        switch (spec.labelSide()) {
            case BELOW -> {
                label.setAlignment(Pos.TOP_CENTER);
                label.relocate(-width / 2, bounds.getMaxY() + 2);
            }
            case ABOVE -> {
                label.setAlignment(Pos.BOTTOM_CENTER);
                label.relocate(-width / 2, bounds.getMinY() - 18);
            }
            case LEFT -> {
                label.setAlignment(Pos.CENTER_RIGHT);
                label.relocate(bounds.getMinX() - width - 4, -8);
            }
            case RIGHT -> {
                label.setAlignment(Pos.CENTER_LEFT);
                label.relocate(bounds.getMaxX() + 4, -8);
            }
            case NONE -> {
            }
        }
        getChildren().add(label);
    }

    private void showState(State state) {
        for (Shape shape : body) {
            Styles.toggle(shape, "on", state == State.ON);
            Styles.toggle(shape, "unknown", state == State.UNKNOWN);
        }
    }

    /** How far an analog output is open (0 to 1, NaN unknown); a damper turns its blade. */
    protected void showOpening(double fraction) {
    }

    /** A vessel's level (0 to 1, NaN unknown). */
    protected void showLevel(double fraction) {
    }

    /** A controller's set point and mode. */
    protected void showDetail(String text) {
    }
}
