package org.icsdrill.ui.opcua;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription.SyncState;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

/**
 * Keeps one client's subscriptions across a lost connection. Milo reconnects the session by itself
 * (a new session, with the same user, when the server restarted) and moves the subscriptions over
 * when the server still has them; a restarted server does not, so they are created again here with
 * their monitored items. Tells its listeners when the session is lost and when it is back.
 *
 * <p>Milo tells session activity on its own threads; subscribing blocks, so it runs on
 * {@code executor}.
 */
final class SessionKeeper implements SessionActivityListener {

    /** A kept subscription and what to do when it survived a reconnection as it was. */
    private record Kept(OpcUaSubscription subscription, Runnable resumed) {
    }

    private final Executor executor;
    private final List<Kept> kept = new CopyOnWriteArrayList<>();
    private final List<Runnable> onLost = new CopyOnWriteArrayList<>();
    private final List<Consumer<ConnectionState>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean lost;
    private volatile boolean closed;

    private SessionKeeper(Executor executor) {
        this.executor = executor;
    }

    /** Watches {@code client}'s session from now on. */
    static SessionKeeper watch(OpcUaClient client, Executor executor) {
        SessionKeeper keeper = new SessionKeeper(executor);
        client.addSessionActivityListener(keeper);
        return keeper;
    }

    /**
     * Keeps {@code subscription} through reconnections; {@code resumed} runs when the server still
     * had it, so that what was marked stale at the loss can be shown as it was.
     */
    void keep(OpcUaSubscription subscription, Runnable resumed) {
        kept.add(new Kept(subscription, resumed));
        subscription.setSubscriptionListener(new OpcUaSubscription.SubscriptionListener() {
            @Override
            public void onTransferFailed(OpcUaSubscription s, StatusCode status) {
                executor.execute(() -> subscribeAgain(s));
            }
        });
    }

    /** Runs {@code action} (on Milo's thread) each time the session is lost. */
    void onLost(Runnable action) {
        onLost.add(action);
    }

    void addListener(Consumer<ConnectionState> listener) {
        listeners.add(listener);
    }

    /** Stops telling anyone: the console is closing and its own disconnect is no loss. */
    void close() {
        closed = true;
    }

    @Override
    public void onSessionInactive(UaSession session) {
        if (closed) {
            return;
        }
        lost = true;
        onLost.forEach(Runnable::run);
        tell(ConnectionState.LOST);
    }

    @Override
    public void onSessionActive(UaSession session) {
        if (closed || !lost) {
            return;
        }
        lost = false;
        tell(ConnectionState.RESUBSCRIBING);
        executor.execute(() -> {
            for (Kept k : kept) {
                // a subscription Milo moved to the new session is synchronized; one the server forgot was reset
                boolean survived = k.subscription().getSyncState() == SyncState.SYNCHRONIZED;
                subscribeAgain(k.subscription());
                if (survived) {
                    k.resumed().run();
                }
            }
            if (!lost) {
                tell(ConnectionState.CONNECTED);
            }
        });
    }

    /** Creates the subscription and its items again where the server no longer has them; idempotent. */
    private void subscribeAgain(OpcUaSubscription subscription) {
        if (closed) {
            return;
        }
        try {
            if (subscription.getSyncState() == SyncState.INITIAL) {
                subscription.create();
            }
            if (subscription.getSyncState() != SyncState.SYNCHRONIZED) {
                subscription.synchronizeMonitoredItems();
            }
        } catch (UaException e) {
            // lost again on the way: the next reconnection tries again
        }
    }

    private void tell(ConnectionState state) {
        if (!closed) {
            listeners.forEach(l -> l.accept(state));
        }
    }
}
