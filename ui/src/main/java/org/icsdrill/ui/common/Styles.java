package org.icsdrill.ui.common;

import javafx.scene.Node;

/** Style-class switching for the views: {@code abnormal} is the only class that brings colour (ISA-101). */
public final class Styles {

    public static final String ABNORMAL = "abnormal";

    private Styles() {
    }

    public static void toggle(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
