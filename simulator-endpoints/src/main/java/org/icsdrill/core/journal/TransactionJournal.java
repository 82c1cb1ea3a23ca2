package org.icsdrill.core.journal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.net.KnownHosts;
import org.icsdrill.core.output.Compression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every transaction the endpoints serve: the newest kept in memory for the network monitor, all of
 * them appended as JSON lines to a file by a background writer, so endpoint threads never wait on
 * the disk. Thread-safe.
 */
public final class TransactionJournal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionJournal.class);
    // the line's field names, encoded once: the journal writes 1.4 million lines a day at --speed max
    private static final SerializedString PLANT_TIME = new SerializedString("plant_time");
    private static final SerializedString WALL_TIME = new SerializedString("wall_time");
    private static final SerializedString PLANT = new SerializedString("plant");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString PROTOCOL = new SerializedString("protocol");
    private static final SerializedString FUNCTION = new SerializedString("function");
    private static final SerializedString ADDRESS = new SerializedString("address");
    private static final SerializedString VALUES = new SerializedString("values");
    private static final SerializedString RESULT = new SerializedString("result");
    private static final SerializedString OUTCOME = new SerializedString("outcome");
    private static final String[] OUTCOMES = Arrays.stream(TrafficOutcome.values())
            .map(o -> o.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    private static final int MAX_QUEUED = 1_000_000;
    /** How often the writer drains the queue: at most this much of the journal is lost on a crash. */
    private static final long WRITE_INTERVAL_NANOS = 50_000_000L;

    private final int memoryCapacity;
    private final ArrayDeque<Transaction> recent;
    private final List<Consumer<Transaction>> listeners = new CopyOnWriteArrayList<>();
    private final java.util.Set<Consumer<Transaction>> failedListeners =
            java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Lock-free, so an endpoint thread never signals the writer: the writer drains in batches. */
    private final ConcurrentLinkedQueue<Transaction> toWrite;
    private final AtomicInteger queued = new AtomicInteger();
    private volatile boolean closing;
    private final Thread writer;
    private final Path file;
    /** The wall time's text; the writer thread only. */
    private final WallTimeText wallTime = new WallTimeText();
    private volatile long dropped;
    private volatile KnownHosts inventory;

    private TransactionJournal(int memoryCapacity, Path file) {
        this.memoryCapacity = memoryCapacity;
        this.recent = new ArrayDeque<>(Math.min(memoryCapacity, 1024));
        this.file = file;
        if (file != null) {
            this.toWrite = new ConcurrentLinkedQueue<>();
            this.writer = new Thread(this::writeLoop, "journal-writer");
            this.writer.setDaemon(true);
            this.writer.start();
        } else {
            this.toWrite = null;
            this.writer = null;
        }
    }

    /** A journal kept in memory only. */
    public static TransactionJournal inMemory(int capacity) {
        return new TransactionJournal(capacity, null);
    }

    /** A journal that also appends to {@code file} (created with its folders if missing). */
    public static TransactionJournal toFile(int capacity, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the journal folder for " + file, e);
        }
        return new TransactionJournal(capacity, file);
    }

    public Path file() {
        return file;
    }

    public void record(Transaction transaction) {
        synchronized (recent) {
            if (recent.size() == memoryCapacity) {
                recent.removeFirst();
            }
            recent.addLast(transaction);
        }
        for (Consumer<Transaction> listener : listeners) {
            try {
                listener.accept(transaction);
            } catch (RuntimeException e) {
                // a failing subscriber (a console view) must not cost the endpoint's client its answer;
                // warned once per listener, so a broken one cannot flood the log at request rate
                if (failedListeners.add(listener)) {
                    LOG.warn("journal listener {} failed on {} (further failures at debug level)", listener,
                            transaction, e);
                } else {
                    LOG.debug("journal listener {} failed again: {}", listener, e.toString());
                }
            }
        }
        if (toWrite != null) {
            if (queued.incrementAndGet() > MAX_QUEUED) {
                queued.decrementAndGet();
                dropped++;
            } else {
                toWrite.add(transaction);
            }
        }
    }

    /**
     * Marks each transaction from a source the inventory does not know with {@code "unknown_source": true}
     * in the journal file, as a network monitor flags an address outside the asset inventory.
     */
    public void flagUnknownSources(KnownHosts inventory) {
        this.inventory = inventory;
    }

    /** Called for each new transaction, on the endpoint's thread: keep it short. */
    public void subscribe(Consumer<Transaction> listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Consumer<Transaction> listener) {
        listeners.remove(listener);
    }

    /** The newest transactions kept in memory, oldest first. */
    public List<Transaction> recent() {
        synchronized (recent) {
            return new ArrayList<>(recent);
        }
    }

    /** Transactions the file writer could not keep up with; zero in a healthy run. */
    public long droppedFromFile() {
        return dropped;
    }

    @Override
    public void close() {
        if (writer == null) {
            return;
        }
        closing = true;
        LockSupport.unpark(writer);
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void field(JsonGenerator json, SerializedString name, String value) throws IOException {
        json.writeFieldName(name);
        json.writeString(value);
    }

    private void writeLoop() {
        JsonFactory factory = new JsonFactory();
        try (OutputStream out = open(file);
             JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            boolean last = false;
            while (!last) {
                last = closing;
                Transaction t;
                while ((t = toWrite.poll()) != null) {
                    queued.decrementAndGet();
                    write(json, t);
                    json.writeRaw('\n');
                }
                json.flush();
                if (!last) {
                    LockSupport.parkNanos(WRITE_INTERVAL_NANOS);
                }
            }
        } catch (IOException e) {
            LOG.error("the transaction journal stopped writing to {}", file, e);
        }
    }

    /** Appends to a plain journal; a compressed one ({@code .zst}, {@code .gz}) is written anew. */
    private static OutputStream open(Path file) throws IOException {
        if (Compression.of(file) != Compression.NONE) {
            return Compression.create(file);
        }
        return new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), 1 << 16);
    }

    private void write(JsonGenerator json, Transaction t) throws IOException {
        json.writeStartObject();
        json.writeFieldName(PLANT_TIME);
        json.writeNumber(t.plantTimeSeconds());
        json.writeFieldName(WALL_TIME);
        json.writeString(wallTime.chars(), 0, wallTime.format(t.wallTime()));
        field(json, PLANT, t.plant());
        field(json, SOURCE, t.source());
        field(json, PROTOCOL, t.protocol());
        field(json, FUNCTION, t.function());
        field(json, ADDRESS, t.address());
        field(json, VALUES, t.values());
        field(json, RESULT, t.result());
        field(json, OUTCOME, OUTCOMES[t.outcome().ordinal()]);
        KnownHosts known = inventory;
        if (known != null && known.isUnknown(t.source())) {
            json.writeBooleanField("unknown_source", true);
        }
        if (known != null && known.isUnusual(t.source(), t.protocol())) {
            json.writeBooleanField("unusual_protocol", true);
        }
        json.writeEndObject();
    }
}
