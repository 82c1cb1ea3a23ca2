package org.icsdrill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;

/**
 * What a screenshot draws where a node is. A snapshot of a scene is the scene at one pixel per unit,
 * so a node's bounds in the scene are its box in the picture; the checks count the pixels of a
 * colour of console.css in that box. Node state is read on the FX thread.
 */
final class Drawn {

    /** {@code .toolbar}: the session bar above the screens. */
    static final int TOOLBAR = 0xcccccc;
    /** {@code .tile, .faceplate}: an overview tile, a faceplate, a form. */
    static final int TILE = 0xe6e6e6;
    /** {@code .abnormal}, {@code .mimic-halo}, an unknown source's row: the one colour of ISA-101. */
    static final int ABNORMAL = 0xf2c94c;
    /** {@code .table-row-cell.alarm-urgent}. */
    static final int ALARM_URGENT = 0xc9302c;
    /** {@code .status.abnormal}: a tripped plant, a paused drill. */
    static final int STATUS_ABNORMAL = 0xd9534f;
    /** {@code .mimic-symbol.on}: running, open, a closed breaker. */
    static final int SYMBOL_ON = 0x5a5a5a;

    private Drawn() {
    }

    /**
     * Asserts {@code node} is in the picture, visible with every parent, and returns the part of its box
     * inside the picture (a list cell wider than its list, a drawing larger than its scroll pane).
     */
    static Bounds showing(BufferedImage png, Node node, String what) {
        assertThat(node).as(what).isNotNull();
        Bounds box = ConsoleViewTest.fx(() -> {
            assertThat(node.getScene()).as("%s in a scene", what).isNotNull();
            assertThat(visible(node)).as("%s visible with every parent", what).isTrue();
            return box(node);
        });
        double minX = Math.max(0, box.getMinX());
        double minY = Math.max(0, box.getMinY());
        double maxX = Math.min(png.getWidth(), box.getMaxX());
        double maxY = Math.min(png.getHeight(), box.getMaxY());
        assertThat(maxX > minX && maxY > minY).as("%s: %s in the picture", what, box).isTrue();
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    /** The session bar above the screens (the console's top). */
    static Node sessionBar(Scene scene) {
        Node top = ((BorderPane) scene.getRoot()).getTop();
        // with an exercise, the banner of new inject cards sits under the bar
        return top instanceof javafx.scene.layout.VBox stack ? stack.getChildren().get(0) : top;
    }

    /** The showing row of {@code table} whose item is a {@code type} that {@code which} accepts, or null. */
    static <T> Node row(Node table, Class<T> type, Predicate<T> which) {
        return ConsoleViewTest.fx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof TableRow<?> r && type.isInstance(r.getItem())
                        && which.test(type.cast(r.getItem())) && visible(n))
                .findFirst().orElse(null));
    }

    /**
     * ISA-101 on the picture: the alarm colours ({@link #ABNORMAL}, {@link #STATUS_ABNORMAL}) are drawn on
     * every showing node styled {@code abnormal} and on every shown {@code .mimic-halo} (an abnormal
     * symbol's, the mimic legend's swatch), and on not one pixel of the scene elsewhere.
     */
    static void assertColourOnlyWhereAbnormal(BufferedImage png, Scene scene, String what) {
        List<Node> marked = ConsoleViewTest.fx(() -> Stream.concat(scene.getRoot().lookupAll(".abnormal").stream(),
                scene.getRoot().lookupAll(".mimic-halo").stream()).filter(Drawn::visible).toList());
        List<Bounds> boxes = ConsoleViewTest.fx(() -> marked.stream().map(Drawn::box).toList());
        for (int i = 0; i < marked.size(); i++) {
            assertThat(count(png, boxes.get(i), ABNORMAL) + count(png, boxes.get(i), STATUS_ABNORMAL))
                    .as("%s: alarm colour on %s, styled abnormal", what, marked.get(i)).isPositive();
        }
        Bounds all = new BoundingBox(0, 0, png.getWidth(), png.getHeight());
        assertThat(countOutside(png, all, ABNORMAL, boxes) + countOutside(png, all, STATUS_ABNORMAL, boxes))
                .as("%s: alarm colour outside the %d nodes styled abnormal", what, marked.size()).isZero();
    }

    /**
     * Every label, button and tab title that shows draws its whole text, not cut short with an ellipsis
     * ("Plant ti..."), in any language; table and list cells may be cut, as their columns can be widened.
     */
    static void assertNothingClipped(Scene scene, String what) {
        List<String> clipped = ConsoleViewTest.fx(() -> descendants(scene.getRoot()).stream()
                .filter(n -> n instanceof Labeled && visible(n) && !inCell(n))
                .map(n -> (Labeled) n)
                .filter(l -> l.getText() != null && drawnText(l).filter(t -> cutShort(l, t)).isPresent())
                .map(l -> "'" + l.getText() + "' drawn as '" + drawnText(l).orElseThrow() + "'")
                .toList());
        assertThat(clipped).as("%s: texts cut short", what).isEmpty();
    }

    /**
     * Drawn with the label's ellipsis in place of some of its text. A text that differs without one is a
     * newer text not laid out yet (the session bar's plant time moving on between the snapshot and this
     * check), not one cut short.
     */
    private static boolean cutShort(Labeled label, String drawn) {
        String ellipsis = label.getEllipsisString();
        return !drawn.equals(label.getText()) && (ellipsis == null || ellipsis.isEmpty() || drawn.contains(ellipsis));
    }

    /** The text the skin draws: its own Text child (a TitledPane's content has others further down). */
    private static Optional<String> drawnText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .findFirst();
    }

    /** {@code node} lies wholly inside the view of the scroll pane around it: no scrolling needed to reach it. */
    static void assertInView(Node node, String what) {
        ConsoleViewTest.fx(() -> {
            Node view = node.getParent();
            while (view != null && !(view instanceof ScrollPane)) {
                view = view.getParent();
            }
            assertThat(view).as("%s in a scroll pane", what).isNotNull();
            Bounds inView = view.localToScene(view.getLayoutBounds());
            assertThat(inView.contains(node.localToScene(node.getLayoutBounds())))
                    .as("%s (%s) within the view %s", what, node.localToScene(node.getLayoutBounds()), inView).isTrue();
            return null;
        });
    }

    private static List<Node> descendants(Parent root) {
        List<Node> all = new ArrayList<>();
        for (Node child : root.getChildrenUnmodifiable()) {
            all.add(child);
            if (child instanceof Parent parent) {
                all.addAll(descendants(parent));
            }
        }
        return all;
    }

    private static boolean inCell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Cell<?>) {
                return true;
            }
        }
        return false;
    }

    /** The node's box in the picture, whether it shows or not. */
    static Bounds boxOf(Node node) {
        assertThat(node).isNotNull();
        return ConsoleViewTest.fx(() -> box(node));
    }

    /** Pixels of exactly {@code rgb} in {@code box}. */
    static int count(BufferedImage png, Bounds box, int rgb) {
        return pixels(png, box, rgb).size();
    }

    /** The share (0 to 1) of the pixels in {@code box} that are exactly {@code rgb}. */
    static double share(BufferedImage png, Bounds box, int rgb) {
        int all = (right(png, box) - left(box)) * (bottom(png, box) - top(box));
        return all == 0 ? 0 : (double) count(png, box, rgb) / all;
    }

    /** Asserts {@code node} is showing and at least {@code atLeast} (0 to 1) of its box is {@code rgb}. */
    static void assertPainted(BufferedImage png, Node node, int rgb, double atLeast, String what) {
        Bounds box = showing(png, node, what);
        assertThat(share(png, box, rgb)).as("%s: share of %06x in %s", what, rgb, box)
                .isGreaterThanOrEqualTo(atLeast);
    }

    /** Asserts {@code node} is showing and not one pixel of its box is {@code rgb}. */
    static void assertNotPainted(BufferedImage png, Node node, int rgb, String what) {
        Bounds box = showing(png, node, what);
        assertThat(count(png, box, rgb)).as("%s: pixels of %06x in %s", what, rgb, box).isZero();
    }

    /** Pixels of {@code rgb} inside {@code within} whose centre is outside every box of {@code except}. */
    static int countOutside(BufferedImage png, Bounds within, int rgb, List<Bounds> except) {
        return (int) pixels(png, within, rgb).stream()
                .filter(p -> except.stream().noneMatch(b -> b.contains(p[0] + 0.5, p[1] + 0.5))).count();
    }

    /** The rows (y) of {@code box} that hold at least one pixel of {@code rgb}, top first. */
    static List<Integer> rows(BufferedImage png, Bounds box, int rgb) {
        return pixels(png, box, rgb).stream().map(p -> p[1]).distinct().toList();
    }

    /** The pixels ({x, y}) of exactly {@code rgb} in {@code box}, row by row. */
    private static List<int[]> pixels(BufferedImage png, Bounds box, int rgb) {
        List<int[]> found = new ArrayList<>();
        for (int y = top(box); y < bottom(png, box); y++) {
            for (int x = left(box); x < right(png, box); x++) {
                if ((png.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    found.add(new int[] {x, y});
                }
            }
        }
        return found;
    }

    /** The first node under {@code root} that {@code selector} matches, looked up on the FX thread. */
    static Node lookup(Parent root, String selector) {
        return ConsoleViewTest.fx(() -> root.lookup(selector));
    }

    /** Whether {@code node} and every parent are visible (a tab not selected hides its content); FX thread. */
    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The node's box in the scene, which is its box in a snapshot of the scene; FX thread. */
    private static Bounds box(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** A colour of console.css or a pen's, {@code #1f5fbf}, as 0xRRGGBB. */
    static int rgb(String css) {
        return Integer.parseInt(css.substring(1), 16);
    }

    private static int left(Bounds box) {
        return (int) Math.max(0, Math.floor(box.getMinX()));
    }

    private static int top(Bounds box) {
        return (int) Math.max(0, Math.floor(box.getMinY()));
    }

    private static int right(BufferedImage png, Bounds box) {
        return (int) Math.min(png.getWidth(), Math.ceil(box.getMaxX()));
    }

    private static int bottom(BufferedImage png, Bounds box) {
        return (int) Math.min(png.getHeight(), Math.ceil(box.getMaxY()));
    }
}
