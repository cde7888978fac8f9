package edu.yiban.sdk.internal.plugin;

import edu.yiban.core.archive.ArchiveListener;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.Revocation;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;

/** A plugin's archive listener, run within a time budget; what it throws or how long it hangs is contained and recorded. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class IsolatedListener implements ArchiveListener {
    private final String plugin;
    private final ArchiveListener listener;
    private final Isolation isolation;
    private final FaultLog faults;
    private final Duration budget;

    public IsolatedListener(String plugin, ArchiveListener listener, Isolation isolation, FaultLog faults, Duration budget) {
        this.plugin = plugin;
        this.listener = listener;
        this.isolation = isolation;
        this.faults = faults;
        this.budget = budget;
    }

    @Override
    public void recorded(ArchiveRecord record) {
        run(() -> listener.recorded(record), record.ref().toString());
    }

    @Override
    public void revoked(Revocation revocation) {
        run(() -> listener.revoked(revocation), revocation.ref().toString());
    }

    private void run(Runnable call, String subject) {
        Isolation.Outcome<Object> outcome = isolation.run(() -> {
            call.run();
            return null;
        }, budget);
        faults.failure(outcome, plugin, "archive-listener", Optional.of(subject))
                .ifPresent(fault -> faults.record(fault, outcome.thrown()));
    }

    @Override
    public String toString() {
        return "archive listener of plugin " + plugin;
    }
}
