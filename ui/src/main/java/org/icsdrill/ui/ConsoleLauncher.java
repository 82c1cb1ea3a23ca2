package org.icsdrill.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;

/**
 * Opens the console window. Used by {@code icsdrill console} and by {@code icsdrill run} when a
 * display is available; JavaFX allows one launch per process.
 */
public final class ConsoleLauncher {

    private ConsoleLauncher() {
    }

    /**
     * Shows the console connected to {@code endpointUrl}; blocks until its window is closed.
     *
     * @param language {@code ja}, {@code en}, or null for the system's language
     * @param user     put in the login field, or null
     */
    public static void launch(String endpointUrl, String language, String user) {
        List<String> arguments = new ArrayList<>(List.of("--connect=" + endpointUrl));
        if (language != null) {
            arguments.add("--lang=" + language);
        }
        if (user != null) {
            arguments.add("--user=" + user);
        }
        Application.launch(ConsoleApp.class, arguments.toArray(String[]::new));
    }

    /**
     * Whether a window can be shown: on Linux and other X11/Wayland systems a display must be set
     * ({@code DISPLAY} or {@code WAYLAND_DISPLAY}); Windows and macOS always have one.
     */
    public static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
