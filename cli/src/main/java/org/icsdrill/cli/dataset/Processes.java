package org.icsdrill.cli.dataset;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The worker processes alive: stopped with the dataset (Ctrl-C), so that none runs on without it. */
final class Processes implements AutoCloseable {

    private final Set<Process> alive = ConcurrentHashMap.newKeySet();
    private final Thread hook = new Thread(this::close, "dataset-workers");

    Processes() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    Process start(ProcessBuilder builder) throws IOException {
        Process process = builder.start();
        alive.add(process);
        return process;
    }

    void forget(Process process) {
        alive.remove(process);
    }

    @Override
    public void close() {
        alive.forEach(p -> {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        });
        if (Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs or has run
            }
        }
    }
}
