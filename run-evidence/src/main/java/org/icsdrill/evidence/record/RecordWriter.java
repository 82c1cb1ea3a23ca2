package org.icsdrill.evidence.record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record's only writer: producers (the simulation thread, endpoint threads) {@link #offer} small
 * rows and never wait; this thread inserts them with prepared statements and commits at least every
 * {@link #COMMIT_INTERVAL_NANOS} or every {@link #BATCH_ROWS} rows. A full queue drops the row and
 * counts it, so that the simulation never waits on the disk.
 */
final class RecordWriter implements AutoCloseable {

    /** One row to insert: binds itself to the statement it names. */
    interface Row {
        /** The SQL of the prepared statement this row goes through (also the cache key). */
        String sql();

        void bind(PreparedStatement statement) throws SQLException;
    }

    /**
     * A row given as its SQL and its values in parameter order (Double, Integer, String or null):
     * for the occasional rows; the frequent ones (transactions, historian) bind typed fields.
     */
    record Insert(String sql, Object... values) implements Row {
        @Override
        public void bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RecordWriter.class);
    /** A kill -9 loses at most this much wall time of committed rows (plus what is queued). */
    static final long COMMIT_INTERVAL_NANOS = 200_000_000L;
    static final int BATCH_ROWS = 20_000;
    /** Fewer rows than this waiting: the writer waits {@link #GATHER_MILLIS} for more before inserting. */
    private static final int GATHER_ROWS = 1024;
    private static final long GATHER_MILLIS = 20;

    private final Connection connection;
    private final BlockingQueue<Object> queue;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Object end = new Object();
    private final Thread thread;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();
    private volatile int highWater;
    private volatile Exception failure;

    RecordWriter(Connection connection, int capacity, String name) {
        this.connection = connection;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "record-writer-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Never blocks: a row that does not fit is counted in {@link #dropped()}. */
    void offer(Row row) {
        if (!queue.offer(row)) {
            dropped.incrementAndGet();
        }
    }

    long dropped() {
        return dropped.get();
    }

    long written() {
        return written.get();
    }

    long commits() {
        return commits.get();
    }

    /** The most rows that waited in the queue at once, to size it. */
    int highWater() {
        return highWater;
    }

    /** Binds a REAL parameter, NULL for NaN: a tag without that alarm limit, a value that is not a number. */
    static void bindReal(PreparedStatement statement, int index, double value) throws SQLException {
        if (Double.isNaN(value)) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setDouble(index, value);
        }
    }

    private void run() {
        List<Object> batch = new ArrayList<>(4096);
        long lastCommit = System.nanoTime();
        int uncommitted = 0;
        boolean ending = false;
        try {
            while (!ending) {
                Object first = queue.poll(COMMIT_INTERVAL_NANOS / 4, TimeUnit.NANOSECONDS);
                if (first != null) {
                    batch.add(first);
                    if (queue.size() < GATHER_ROWS) {
                        // let rows gather: sqlite-jdbc clears a statement's whole batch array (sized by the
                        // largest batch yet) at every executeBatch, which at a few rows a call cost most of
                        // this thread's time (docs/performance.md)
                        Thread.sleep(GATHER_MILLIS);
                    }
                    int waiting = queue.size() + 1;
                    if (waiting > highWater) {
                        highWater = waiting;
                    }
                    queue.drainTo(batch, 4095);
                }
                // JDBC batches, one per table: sqlite-jdbc runs a batch in one native call instead of
                // one per row (about 10 % less writer CPU, docs/performance.md); a table's rows keep their order
                Set<PreparedStatement> batched = new LinkedHashSet<>();
                for (Object next : batch) {
                    if (next == end) {
                        ending = true;
                        break;
                    }
                    Row row = (Row) next;
                    PreparedStatement statement = statement(row.sql());
                    row.bind(statement);
                    statement.addBatch();
                    batched.add(statement);
                    uncommitted++;
                }
                for (PreparedStatement statement : batched) {
                    statement.executeBatch();
                }
                batch.clear();
                long now = System.nanoTime();
                if (uncommitted > 0 && (ending || uncommitted >= BATCH_ROWS || now - lastCommit >= COMMIT_INTERVAL_NANOS)) {
                    connection.commit();
                    written.addAndGet(uncommitted);
                    commits.incrementAndGet();
                    uncommitted = 0;
                    lastCommit = now;
                } else if (uncommitted == 0) {
                    lastCommit = now;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failure = e;
            LOG.error("the exercise record stopped writing: {}", e.getMessage(), e);
            // keep draining so producers' rows are counted as lost, not silently piling up
            queue.clear();
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** Writes what is queued, commits, and stops the thread; the connection stays open. */
    @Override
    public void close() {
        try {
            while (thread.isAlive() && !queue.offer(end, 100, TimeUnit.MILLISECONDS)) {
                // the queue is full: the writer is draining it
            }
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                LOG.debug("closing a statement failed", e);
            }
        }
        if (failure != null) {
            throw new RecordException("writing the exercise record failed: " + failure.getMessage(), failure);
        }
    }
}
