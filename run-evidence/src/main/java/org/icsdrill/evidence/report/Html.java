package org.icsdrill.evidence.report;

/**
 * HTML text escaping. Every text that comes from a scenario, a trainee or the record goes through
 * {@link #escape}, so that {@code <script>} in a briefing or a declaration is shown, never run.
 */
public final class Html {

    private Html() {
    }

    /** Markup that is already HTML (made by this package), to put in a table cell as is. */
    public record Raw(String html) {
    }

    /** Escapes the five characters that matter in element content and quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A small coloured label: {@code kind} is a CSS class of the report's style sheet. */
    public static Raw badge(String kind, String text) {
        return new Raw("<span class=\"badge " + escape(kind) + "\">" + escape(text) + "</span>");
    }
}
