package dev.clvops.training.ingest;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * A thread that sends handed-over items to PostgreSQL (a COPY) while the caller goes on parsing. The queue is short,
 * so the caller waits when the sender is behind; a failed send is kept and thrown at the caller's next hand-over.
 */
final class CopySender<T> {

    /** Sends one item on the sender thread. */
    @FunctionalInterface
    interface Send<T> {
        void send(T item) throws SQLException;
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> items;
    private final String what;
    private final Send<T> send;
    private final Thread thread;
    private volatile @Nullable Throwable failure;

    /** Starts a sender named {@code what} (as in "staging COPY of ingest run 7") for up to {@code queued} items. */
    CopySender(String what, int queued, Send<T> send) {
        this.items = new ArrayBlockingQueue<>(queued);
        this.what = what;
        this.send = send;
        this.thread = Thread.ofPlatform().name(what.replace(' ', '-')).daemon().start(this::run);
    }

    /** Queues an item, blocking while the sender is behind; fails when a send has failed. */
    void put(T item) throws InterruptedException {
        rethrowFailure();
        items.put(item);
    }

    /** Waits until every queued item is sent; fails when one was not. */
    void finish() throws InterruptedException {
        items.put(END);
        thread.join();
        rethrowFailure();
    }

    /** Stops sending: items not sent yet are dropped. */
    void stop() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked") // only put(T) adds items besides END
    private void run() {
        try {
            for (Object item = items.take(); item != END; item = items.take()) {
                send.send((T) item);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException | RuntimeException e) {
            failure = e;
            items.clear();
        }
    }

    private void rethrowFailure() {
        Throwable cause = failure;
        if (cause != null) {
            throw new IllegalStateException(what + " failed: " + cause.getMessage(), cause);
        }
    }
}
