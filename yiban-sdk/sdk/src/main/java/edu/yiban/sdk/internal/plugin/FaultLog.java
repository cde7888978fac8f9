package edu.yiban.sdk.internal.plugin;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import edu.yiban.sdk.plugin.PluginFault;
import edu.yiban.sdk.internal.SdkMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where plugin faults go: the log, the evaluation that is running (per thread), and the runtime's own list. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class FaultLog {
    private static final Logger LOG = LoggerFactory.getLogger(FaultLog.class);

    private final List<PluginFault> all = new ArrayList<>();
    @SuppressWarnings("ThreadLocalUsage") // one log per runtime: each runtime keeps its own calls in progress
    private final ThreadLocal<List<PluginFault>> current = new ThreadLocal<>();

    /**
     * A fault, with its sentence {@code key} (arguments: plugin, extension, subject — "every student evaluated"
     * when there is none, a whole indicator call failed — then {@code args}).
     */
    public PluginFault fault(String plugin, String extension, Optional<String> subject, PluginFault.Kind kind, String key, Object... args) {
        Object[] arguments = new Object[args.length + 3];
        arguments[0] = plugin;
        arguments[1] = extension;
        arguments[2] = subject.isPresent() ? subject.get() : SdkMessages.BUNDLE.text("fault.everyone");
        System.arraycopy(args, 0, arguments, 3, args.length);
        Text text = SdkMessages.BUNDLE.text(key, arguments);
        return new PluginFault(plugin, extension, subject, kind, text.render(MessageBundle.ZH), text.render(MessageBundle.EN));
    }

    /**
     * The fault of a plugin call that threw or ran past its budget (sentences {@code fault.threw} and
     * {@code fault.timed-out}); empty when it returned.
     */
    public Optional<PluginFault> failure(Isolation.Outcome<?> outcome, String plugin, String extension, Optional<String> subject) {
        if (outcome instanceof Isolation.Outcome.Threw<?> threw) {
            return Optional.of(fault(plugin, extension, subject, PluginFault.Kind.THREW, "fault.threw", String.valueOf(threw.failure())));
        }
        if (outcome instanceof Isolation.Outcome.TimedOut<?> late) {
            return Optional.of(fault(plugin, extension, subject, PluginFault.Kind.TIMED_OUT, "fault.timed-out", late.budget().toMillis()));
        }
        return Optional.empty();
    }

    /** Records {@code fault} (contained or about to stop an evaluation): logged, kept, and given to the evaluation running on this thread, if any. */
    public void record(PluginFault fault, @Nullable Throwable cause) {
        LOG.warn("plugin fault: {}", fault.en(), cause);
        synchronized (all) {
            this.all.add(fault);
        }
        List<PluginFault> collecting = current.get();
        if (collecting != null) {
            collecting.add(fault);
        }
    }

    /** Starts collecting this thread's faults for an evaluation. */
    public void begin() {
        current.set(new ArrayList<>());
    }

    /** The faults collected on this thread since {@link #begin()}, and stops collecting. */
    public List<PluginFault> end() {
        List<PluginFault> collected = current.get();
        current.remove();
        return collected == null ? List.of() : collected;
    }

    /** Every fault contained so far. */
    public List<PluginFault> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }
}
