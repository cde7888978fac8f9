package edu.yiban.sdk.internal.plugin;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Runs plugin code on its own daemon threads within a time budget, so that a plugin that throws or hangs
 * never takes the caller with it: the caller waits at most the budget, then the plugin's thread is
 * interrupted and left behind.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Isolation implements AutoCloseable {
    private final ExecutorService threads;

    public Isolation() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "yiban-plugin-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Executors.newCachedThreadPool(factory);
    }

    /** What a plugin call came to. */
    public sealed interface Outcome<T> {
        /** What the call threw; null when it did not throw. */
        default @Nullable Throwable thrown() {
            return this instanceof Threw<T> threw ? threw.failure() : null;
        }

        /** It returned. */
        record Returned<T>(T value) implements Outcome<T> {
        }

        /** It threw. */
        record Threw<T>(Throwable failure) implements Outcome<T> {
        }

        /** It ran past its budget. */
        record TimedOut<T>(Duration budget) implements Outcome<T> {
        }
    }

    /** Runs {@code call} within {@code budget}. */
    public <T> Outcome<T> run(Callable<T> call, Duration budget) {
        Future<T> future = threads.submit(call);
        try {
            return new Outcome.Returned<>(future.get(budget.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome.TimedOut<>(budget);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Outcome.Threw<>(cause != null ? cause : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Outcome.Threw<>(e);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
