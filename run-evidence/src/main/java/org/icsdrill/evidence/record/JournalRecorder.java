package org.icsdrill.evidence.record;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;

/**
 * Records every transaction the endpoints serve into {@code txn}. The journals call it on the
 * endpoints' threads, which only enqueue a row.
 */
final class JournalRecorder {

    private final RecordWriter writer;
    private final Consumer<Transaction> listener = this::onTransaction;
    private final List<TransactionJournal> journals = new ArrayList<>();

    JournalRecorder(RecordWriter writer) {
        this.writer = writer;
    }

    void record(TransactionJournal journal) {
        journal.subscribe(listener);
        synchronized (journals) {
            journals.add(journal);
        }
    }

    void stop() {
        synchronized (journals) {
            journals.forEach(j -> j.unsubscribe(listener));
        }
    }

    private void onTransaction(Transaction transaction) {
        writer.offer(new TransactionRow(transaction));
    }

    private record TransactionRow(Transaction t) implements RecordWriter.Row {
        @Override
        public String sql() {
            return RecordSchema.TXN_INSERT;
        }

        @Override
        public void bind(PreparedStatement s) throws SQLException {
            s.setDouble(1, t.plantTimeSeconds());
            s.setString(2, t.wallTime().toString());
            s.setString(3, t.plant());
            s.setString(4, t.source());
            s.setString(5, t.protocol());
            s.setString(6, t.function());
            s.setString(7, t.address());
            s.setString(8, t.values());
            s.setString(9, t.result());
            s.setString(10, t.outcome().name().toLowerCase(Locale.ROOT));
        }
    }
}
