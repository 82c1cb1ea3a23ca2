package org.icsdrill.ui.site;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Boxes of equal width side by side, as many to a line as fit at {@code minWidth} each, the lines
 * centred: a level's zones, or the conduits above them. A level's four control zones stand in one
 * line on a wide screen and two by two beside the host panel at 1280 px; a zone alone takes the line.
 */
final class Tiles extends Region {

    private final double minWidth;
    private final double gap;

    Tiles(double minWidth, double gap, List<? extends Node> boxes) {
        this.minWidth = minWidth;
        this.gap = gap;
        getChildren().addAll(boxes);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return minWidth + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        int n = getManagedChildren().size();
        return n * minWidth + Math.max(0, n - 1) * gap + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        int columns = columns(inner);
        double tile = tileWidth(inner, columns);
        List<Node> boxes = getManagedChildren();
        double height = 0;
        for (int start = 0; start < boxes.size(); start += columns) {
            height += lineHeight(boxes, start, columns, tile) + (start > 0 ? gap : 0);
        }
        return height + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        int columns = columns(inner);
        double tile = tileWidth(inner, columns);
        List<Node> boxes = getManagedChildren();
        double y = snappedTopInset();
        for (int start = 0; start < boxes.size(); start += columns) {
            int count = Math.min(columns, boxes.size() - start);
            double line = lineHeight(boxes, start, columns, tile);
            double x = snappedLeftInset() + (inner - count * tile - (count - 1) * gap) / 2;
            for (int i = start; i < start + count; i++) {
                boxes.get(i).resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(tile), snapSizeY(line));
                x += tile + gap;
            }
            y += line + gap;
        }
    }

    /** As many as fit at the least width, and no more than there are boxes. */
    private int columns(double inner) {
        int fit = (int) Math.floor((inner + gap) / (minWidth + gap));
        return Math.max(1, Math.min(getManagedChildren().size(), fit));
    }

    private double tileWidth(double inner, int columns) {
        return Math.max(minWidth, (inner - (columns - 1) * gap) / columns);
    }

    private static double lineHeight(List<Node> boxes, int start, int columns, double tile) {
        double line = 0;
        for (int i = start; i < Math.min(boxes.size(), start + columns); i++) {
            line = Math.max(line, boxes.get(i).prefHeight(tile));
        }
        return line;
    }
}
