package org.icsdrill.core.modbus;

import java.util.Locale;
import org.icsdrill.core.tag.TagDef;

/** Prints a register map for people and tools: CSV with a fixed header, or a Markdown table. */
public final class RegisterMapFormat {

    public static final String CSV_HEADER = "tag,table,address,type,scale,unit,min,max,access,description";

    private RegisterMapFormat() {
    }

    public static String csv(RegisterMap map) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (RegisterEntry e : map.entries()) {
            TagDef t = e.tag();
            out.append(String.join(",", t.name(), e.table().csvName(), Integer.toString(e.address()),
                    e.type().csvName(), number(e.scale()), csvField(unit(t)), number(t.range().min()),
                    number(t.range().max()), access(e), csvField(t.description()))).append('\n');
        }
        return out.toString();
    }

    public static String markdown(RegisterMap map) {
        StringBuilder out = new StringBuilder();
        out.append("| tag | table | address | type | scale | unit | min | max | access | description |\n");
        out.append("|---|---|---:|---|---:|---|---:|---:|---|---|\n");
        for (RegisterEntry e : map.entries()) {
            TagDef t = e.tag();
            out.append("| ").append(String.join(" | ", "`" + t.name() + "`", e.table().csvName(),
                    Integer.toString(e.address()), e.type().csvName(), number(e.scale()), unit(t),
                    number(t.range().min()), number(t.range().max()), access(e),
                    t.description().replace("|", "\\|"))).append(" |\n");
        }
        return out.toString();
    }

    /** Access as Modbus clients meet it: anything a Modbus write cannot change is read_only. */
    private static String access(RegisterEntry e) {
        return e.isWritable() ? e.tag().access().name().toLowerCase(Locale.ROOT) : "read_only";
    }

    private static String unit(TagDef t) {
        return t.unit().symbol();
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    static String csvField(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
