package edu.yiban.examples.sanctions;

import edu.yiban.sdk.plugin.YibanPlugin;
import edu.yiban.sdk.testkit.ArchiveListenerPluginContract;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The SDK's archive listener contract, run on the sanction notifier writing to an outbox file. */
class SanctionNotifierContractTest extends ArchiveListenerPluginContract {
    @TempDir
    Path dir;

    @Override
    protected YibanPlugin newPlugin() {
        return new SanctionNotifierPlugin();
    }

    @Override
    protected Map<String, String> config() {
        return Map.of("plugins.sanction-notifier.outbox", dir.resolve("outbox.jsonl").toString());
    }
}
