package org.icsdrill.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Style-class switching for the views: {@code abnormal} is the only class that brings colour (ISA-101). */
public final class Styles {

    public static final String ABNORMAL = "abnormal";
    /** A value that stopped updating (ISA-101: stale data is shown as such, without alarm colour). */
    public static final String STALE = "stale";

    private Styles() {
    }

    /** A label that shows a live tag's value, marked abnormal or stale as the value is. */
    public static void showValue(Label label, LiveTagViewModel live) {
        label.textProperty().bind(live.valueProperty());
        follow(label, ABNORMAL, live.abnormalProperty());
        follow(label, STALE, live.staleProperty());
    }

    private static void follow(Node node, String styleClass, ObservableBooleanValue flag) {
        flag.addListener((o, was, now) -> toggle(node, styleClass, now));
        toggle(node, styleClass, flag.get());
    }

    public static void toggle(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }
}
