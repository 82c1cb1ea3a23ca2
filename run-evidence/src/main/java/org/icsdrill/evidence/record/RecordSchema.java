package org.icsdrill.evidence.record;

import java.util.ArrayList;
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
                "CREATE TABLE IF NOT EXISTS txn (id INTEGER PRIMARY KEY, plant_time REAL, wall_time TEXT,"
                        + " plant TEXT, source TEXT, protocol TEXT, function TEXT, address TEXT, data TEXT,"
                        + " result TEXT, outcome TEXT)",
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
                "CREATE INDEX IF NOT EXISTS txn_time ON txn (plant_time)",
                "CREATE INDEX IF NOT EXISTS txn_source ON txn (source)",
                "CREATE INDEX IF NOT EXISTS alarm_time ON alarm (plant_time)");
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
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(quote(historianTable(plant)))
                .append(" (t INTEGER PRIMARY KEY");
        for (TagDef tag : catalog.all()) {
            sql.append(", ").append(quote(viewColumn(tag.name()))).append(" REAL");
            sql.append(", ").append(quote(trueColumn(tag.name()))).append(" REAL");
        }
        return sql.append(")").toString();
    }

    static String historianInsert(String plant, TagCatalog catalog) {
        List<String> marks = new ArrayList<>();
        for (int i = 0; i < 1 + 2 * catalog.size(); i++) {
            marks.add("?");
        }
        // OR REPLACE: reopening a record that ended at second t and resuming writes t again
        return "INSERT OR REPLACE INTO " + quote(historianTable(plant)) + " VALUES (" + String.join(",", marks) + ")";
    }
}
