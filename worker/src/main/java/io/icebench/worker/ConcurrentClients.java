package io.icebench.worker;

import io.icebench.core.protocol.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Several clients in one worker: a session and a thread each, released together; every execution consumes
 * its rows to the last and is timed on its thread.
 */
final class ConcurrentClients {

    private ConcurrentClients() {}

    static Message run(Engine engine, Message.ExecuteConcurrently request) throws Exception {
        int n = request.clients().size();
        List<Engine> sessions = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            for (int c = 0; c < n; c++) {
                sessions.add(engine.forConcurrentClient());
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                Engine session = sessions.get(c);
                List<Message.Statement> statements = request.clients().get(c);
                futures.add(pool.submit(() -> {
                    go.await();
                    List<Long> nanos = new ArrayList<>();
                    for (Message.Statement statement : statements) {
                        long start = System.nanoTime();
                        session.execute(statement.sql(), new RowCounter());
                        nanos.add(System.nanoTime() - start);
                    }
                    return nanos;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            List<List<Long>> nanos = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                nanos.add(future.get());
            }
            return new Message.ExecutedConcurrently(System.nanoTime() - start, nanos);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            pool.shutdownNow();
            for (Engine session : sessions) {
                if (session != engine) {
                    session.close();
                }
            }
        }
    }

    /** Takes every row and keeps none. */
    private static final class RowCounter implements Engine.RowConsumer {
        @Override
        public void columns(List<String> names) {}

        @Override
        public void row(Object[] values) {}
    }
}
