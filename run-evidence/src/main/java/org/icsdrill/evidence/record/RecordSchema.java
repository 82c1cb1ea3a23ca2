package org.icsdrill.evidence.record;

import java.util.Collections;
import java.util.List;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagDef;

/**
 * The record's tables, as SQL. docs/record.md documents them; keep the two in step. Times are plant
 * seconds from the scenario's start ({@code meta.start_time} is plant time 0).
 */
final class RecordSchema {

    /**
     * Bumped when a table changes in a way a reader must know about. 2: alarm limits in {@code tag};
     * tables {@code expectation}, {@code plant_status} and {@code instructor_note}; the scenario's
     * texts and limits in {@code meta}. 3: each expected response action in {@code expectation.actions}
     * carries its target ({@code isolate_host:127.0.0.66}); {@code attack.delivery}, and {@code source_host} only for
     * attacks delivered over the network. 4: {@code txn.outcome} ({@code answered}, {@code refused} or
     * {@code dropped}, as the network monitor and {@code transactions.jsonl} tell them apart). 5: table
     * {@code host_event}, the site's hosts' event logs. 6: {@code declaration.host}, the site's host a
     * declaration names (a kill chain's stage is declared on a host, before any plant is touched). 7: table
     * {@code incident_report}, the incident reports the trainees approved for sharing.
     */
    static final int FORMAT_VERSION = 7;

    /** Sets one {@code meta} key: at open, for the exercise's language, and at a clean close. */
    static final String PUT_META = "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)";
    /** {@code meta} keys naming the files that hold the historian and the journal instead of their tables (ADR 23). */
    static final String HISTORIAN_FILE = "historian_file";
    static final String JOURNAL_FILE = "journal_file";

    private RecordSchema() {
    }

    static List<String> fixedTables() {
        return List.of(
                "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
                "CREATE TABLE IF NOT EXISTS tag (plant TEXT NOT NULL, name TEXT NOT NULL, unit TEXT,"
                        + " description TEXT, min REAL, max REAL, access TEXT, field INTEGER,"
                        + " high_high REAL, high REAL, low REAL, low_low REAL, PRIMARY KEY (plant, name))",
                "CREATE TABLE IF NOT EXISTS txn " + TXN_COLUMNS,
                "CREATE TABLE IF NOT EXISTS alarm (id INTEGER PRIMARY KEY, plant_time REAL NOT NULL, plant TEXT,"
                        + " tag TEXT, type TEXT, level TEXT, priority TEXT, value REAL, message TEXT, user TEXT)",
                "CREATE TABLE IF NOT EXISTS event (id INTEGER PRIMARY KEY, plant_time REAL NOT NULL, type TEXT,"
                        + " step_id TEXT, kind TEXT, technique TEXT, text TEXT)",
                "CREATE TABLE IF NOT EXISTS attack (id TEXT PRIMARY KEY, kind TEXT, technique TEXT,"
                        + " technique_name TEXT, layer TEXT, start_time REAL NOT NULL, end_time REAL,"
                        + " source_host TEXT, plants TEXT, targets TEXT, parameters TEXT, delivery TEXT)",
                "CREATE TABLE IF NOT EXISTS declaration (id INTEGER PRIMARY KEY, plant_time REAL NOT NULL,"
                        + " wall_time TEXT, trainee TEXT, plant TEXT, host TEXT, attack_id TEXT, technique TEXT, text TEXT)",
                "CREATE TABLE IF NOT EXISTS response_action (id INTEGER PRIMARY KEY, plant_time REAL NOT NULL,"
                        + " wall_time TEXT, trainee TEXT, action TEXT, target TEXT, detail TEXT)",
                "CREATE TABLE IF NOT EXISTS inject_answer (id INTEGER PRIMARY KEY, plant_time REAL NOT NULL,"
                        + " wall_time TEXT, trainee TEXT, inject TEXT, question_index INTEGER, question TEXT,"
                        + " answer TEXT)",
                "CREATE TABLE IF NOT EXISTS expectation (id INTEGER PRIMARY KEY, type TEXT NOT NULL,"
                        + " attack TEXT NOT NULL, within_seconds REAL NOT NULL, technique INTEGER, actions TEXT)",
                "CREATE TABLE IF NOT EXISTS plant_status (id INTEGER PRIMARY KEY, plant_time REAL NOT NULL,"
                        + " plant TEXT NOT NULL, status TEXT NOT NULL, trip INTEGER NOT NULL, damage TEXT)",
                "CREATE TABLE IF NOT EXISTS instructor_note (id INTEGER PRIMARY KEY, plant_time REAL NOT NULL,"
                        + " wall_time TEXT, author TEXT, text TEXT)",
                "CREATE TABLE IF NOT EXISTS host_event (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL,"
                        + " plant_time REAL NOT NULL, host TEXT NOT NULL, action TEXT NOT NULL, outcome TEXT, user TEXT,"
                        + " destination TEXT, protocol TEXT, detail TEXT, attack TEXT)",
                "CREATE TABLE IF NOT EXISTS incident_report (id INTEGER PRIMARY KEY, plant_time REAL NOT NULL,"
                        + " wall_time TEXT, trainee TEXT, what_happened TEXT, impact TEXT, determination TEXT,"
                        + " tlp TEXT, physical_impact TEXT, availability_impact INTEGER, language TEXT)");
    }

    /** Indexes for the report's queries, made at close so that inserts during the run stay cheap. */
    static List<String> closingIndexes() {
        return List.of(
                txnIndexes("").get(0), txnIndexes("").get(1),
                "CREATE INDEX IF NOT EXISTS alarm_time ON alarm (plant_time)");
    }

    /** The journal's table in the record, and in the temporary table a compressed run's journal is read into. */
    static final String TXN_COLUMNS = "(id INTEGER PRIMARY KEY, plant_time REAL, wall_time TEXT, plant TEXT,"
            + " source TEXT, protocol TEXT, function TEXT, address TEXT, data TEXT, result TEXT, outcome TEXT)";

    /** A journal line's insert, every column but the id. */
    static final String TXN_INSERT = "INSERT INTO txn (plant_time, wall_time, plant, source, protocol, function,"
            + " address, data, result, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The journal's indexes, in {@code schema} ({@code ""} the record's, {@code "temp."} the temporary one). */
    static List<String> txnIndexes(String schema) {
        return List.of("CREATE INDEX IF NOT EXISTS " + schema + "txn_time ON txn (plant_time)",
                "CREATE INDEX IF NOT EXISTS " + schema + "txn_source ON txn (source)");
    }

    static String historianTable(String plant) {
        return "historian_" + plant;
    }

    static String viewColumn(String tag) {
        return tag + ":view";
    }

    static String trueColumn(String tag) {
        return tag + ":true";
    }

    /** Identifiers are quoted: tag names have dots (UNIT.TAG), and a quote is doubled. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** One row per plant-second: {@code t} (whole plant seconds), then view and true value of every tag. */
    static String historianDdl(String plant, TagCatalog catalog) {
        return historianColumns("CREATE TABLE IF NOT EXISTS " + quote(historianTable(plant)), names(catalog));
    }

    /** The same table as a temporary one, for the tags a compressed run's historian holds. */
    static String temporaryHistorianDdl(String plant, List<String> tags) {
        return historianColumns("CREATE TEMP TABLE " + quote(historianTable(plant)), tags);
    }

    private static String historianColumns(String create, List<String> tags) {
        StringBuilder sql = new StringBuilder(create).append(" (t INTEGER PRIMARY KEY");
        for (String tag : tags) {
            sql.append(", ").append(quote(viewColumn(tag))).append(" REAL");
            sql.append(", ").append(quote(trueColumn(tag))).append(" REAL");
        }
        return sql.append(")").toString();
    }

    static String historianInsert(String plant, TagCatalog catalog) {
        // OR REPLACE: reopening a record that ended at second t and resuming writes t again
        return historianInsert("INSERT OR REPLACE INTO " + quote(historianTable(plant)), catalog.size());
    }

    /** The insert into the temporary table of {@link #temporaryHistorianDdl}. */
    static String temporaryHistorianInsert(String plant, int tags) {
        return historianInsert("INSERT INTO temp." + quote(historianTable(plant)), tags);
    }

    private static String historianInsert(String into, int tags) {
        return into + " VALUES (" + String.join(",", Collections.nCopies(1 + 2 * tags, "?")) + ")";
    }

    private static List<String> names(TagCatalog catalog) {
        return catalog.all().stream().map(TagDef::name).toList();
    }
}
