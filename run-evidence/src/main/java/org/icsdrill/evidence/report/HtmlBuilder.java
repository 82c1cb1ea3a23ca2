package org.icsdrill.evidence.report;

/** Appends escaped HTML: headings, paragraphs and tables whose cells are text or {@link Html.Raw}. */
final class HtmlBuilder {

    private final StringBuilder html = new StringBuilder(64 * 1024);

    HtmlBuilder raw(String markup) {
        html.append(markup);
        return this;
    }

    HtmlBuilder element(String tag, String cssClass, String text) {
        html.append('<').append(tag);
        if (cssClass != null) {
            html.append(" class=\"").append(cssClass).append('"');
        }
        html.append('>').append(Html.escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    HtmlBuilder section(String id, String heading) {
        html.append("<section id=\"").append(id).append("\">\n");
        return element("h2", null, heading);
    }

    HtmlBuilder endSection() {
        html.append("</section>\n");
        return this;
    }

    HtmlBuilder p(String text) {
        return element("p", null, text);
    }

    /** Text whose line breaks matter (a briefing, a note). */
    HtmlBuilder prose(String text) {
        return element("div", "prose", text);
    }

    HtmlBuilder table(String cssClass, String... headers) {
        html.append("<table").append(cssClass == null ? "" : " class=\"" + cssClass + "\"").append(">\n<thead><tr>");
        for (String header : headers) {
            html.append("<th>").append(Html.escape(header)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        return this;
    }

    HtmlBuilder row(Object... cells) {
        html.append("<tr>");
        for (Object cell : cells) {
            html.append("<td>").append(cell instanceof Html.Raw raw ? raw.html() : Html.escape(String.valueOf(cell)))
                    .append("</td>");
        }
        html.append("</tr>\n");
        return this;
    }

    HtmlBuilder endTable() {
        html.append("</tbody></table>\n");
        return this;
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
