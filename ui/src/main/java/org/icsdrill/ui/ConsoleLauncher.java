package org.icsdrill.ui;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * What the console needs and this machine lacks, in one line with the package to install, or
     * empty. On Linux JavaFX draws through GTK 3 (it fails with "Unable to load glass GTK library"
     * otherwise), and a Japanese console needs a font with Japanese glyphs or shows empty boxes.
     *
     * @param language {@code ja}, {@code en}, or null for the system's language
     */
    public static Optional<String> missingRequirement(String language) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("linux") && !hasLibrary("libgtk-3.so.0")) {
            return Optional.of("the console needs the GTK 3 libraries, which this machine lacks"
                    + " (Debian/Ubuntu: apt-get install libgtk-3-0; Fedora: dnf install gtk3)");
        }
        String lang = language != null ? language : Locale.getDefault().getLanguage();
        if ("ja".equals(lang) && !hasJapaneseFont()) {
            return Optional.of("no font with Japanese characters is installed (Debian/Ubuntu: apt-get install"
                    + " fonts-noto-cjk); or open the console with --lang en");
        }
        return Optional.empty();
    }

    /** Whether the dynamic linker can find {@code name} in the usual places (ld.so's default paths and LD_LIBRARY_PATH). */
    static boolean hasLibrary(String name) {
        List<String> directories = new ArrayList<>(List.of("/lib", "/usr/lib", "/lib64", "/usr/lib64",
                "/usr/local/lib", "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu",
                "/usr/lib/aarch64-linux-gnu"));
        String extra = System.getenv("LD_LIBRARY_PATH");
        if (extra != null) {
            directories.addAll(List.of(extra.split(":")));
        }
        return directories.stream().anyMatch(d -> !d.isBlank() && Files.exists(Path.of(d, name)));
    }

    static boolean hasJapaneseFont() {
        System.setProperty("java.awt.headless", "true"); // fonts only; no AWT window is ever opened
        for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
            if (new Font(family, Font.PLAIN, 12).canDisplayUpTo("日本語の計器") == -1 && !isLogical(family)) {
                return true;
            }
        }
        return false;
    }

    /** Java's logical fonts map to a physical one, or to nothing: they prove no glyph is installed. */
    private static boolean isLogical(String family) {
        return List.of(Font.DIALOG, Font.DIALOG_INPUT, Font.MONOSPACED, Font.SANS_SERIF, Font.SERIF).contains(family);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
