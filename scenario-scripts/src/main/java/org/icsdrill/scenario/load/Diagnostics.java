package org.icsdrill.scenario.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Collects every problem of one file, positioned by the YAML node marks (0-based, turned 1-based here).
 * A node composed from another document (the site a scenario extends) names that document: its mark
 * carries the label the document was composed with.
 */
final class Diagnostics {

    private final String file;
    private final List<Diagnostic> found = new ArrayList<>();

    Diagnostics(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(Node node, String message) {
        at(node.getStartMark().orElse(null), message);
    }

    /** For problems of the whole file, such as an empty one. */
    void atFileStart(String message) {
        at((Mark) null, message);
    }

    void at(Mark mark, String message) {
        if (mark == null) {
            found.add(new Diagnostic(file, 1, 1, message));
        } else {
            found.add(new Diagnostic(fileOf(mark), mark.getLine() + 1, mark.getColumn() + 1, message));
        }
    }

    /** "line 12", or "line 12 of bundled:reference.yaml" for a node of another document. */
    String line(Node node) {
        String line = "line " + Values.line(node);
        return node.getStartMark().map(this::fileOf).filter(f -> !f.equals(file)).map(f -> line + " of " + f)
                .orElse(line);
    }

    private String fileOf(Mark mark) {
        return mark.getName() == null || mark.getName().isEmpty() ? file : mark.getName();
    }

    /**
     * Points inside a one-line scalar, {@code offset} characters into its value; escapes in a
     * quoted scalar shift the column a little, and a multi-line scalar gets its start.
     */
    void inside(ScalarNode node, int offset, String message) {
        Mark start = node.getStartMark().orElse(null);
        Mark end = node.getEndMark().orElse(null);
        if (start == null || end == null || start.getLine() != end.getLine()) {
            at(node, message);
            return;
        }
        ScalarStyle style = node.getScalarStyle();
        int quote = style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED ? 1 : 0;
        found.add(new Diagnostic(file, start.getLine() + 1, start.getColumn() + 1 + quote + offset, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    /** Everything found, in file order: this file's first, then those of other documents. */
    List<Diagnostic> sorted() {
        List<Diagnostic> list = new ArrayList<>(found);
        list.sort(Comparator.comparing((Diagnostic d) -> !d.file().equals(file)).thenComparing(Diagnostic::file)
                .thenComparing(Diagnostic.BY_POSITION));
        return list;
    }
}
