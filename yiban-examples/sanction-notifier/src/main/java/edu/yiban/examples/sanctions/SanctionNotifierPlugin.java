package edu.yiban.examples.sanctions;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.Text;
import edu.yiban.sdk.plugin.PluginContext;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells a class's counsellor (辅导员) when one of its students has a sanction (违纪处分) recorded in the
 * growth archive, corrected or revoked: a sentence in Chinese and English in the log, and a JSON line in the
 * outbox file {@code plugins.sanction-notifier.outbox} when it is set, for the campus's message system.
 *
 * <pre>{@code
 * {"kind":"recorded","to":"T1001","student":"2022010101","name":"李明","class":"EDU2201",
 *  "entry":"2022010101#4","title":"旷课警告","level":"warning","zh":"…","en":"…"}
 * }</pre>
 *
 * The listener runs after the entry is kept, within the runtime's time budget; if the outbox cannot be
 * written, the runtime contains the fault and the entry stays recorded.
 */
public final class SanctionNotifierPlugin implements YibanPlugin {
    /** The plugin's id, the middle of its settings' keys. */
    public static final String ID = "sanction-notifier";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public Bilingual name() {
        Text name = Messages.text("plugin.name");
        return new Bilingual(name.zh(), name.en());
    }

    @Override
    public Class<? extends Record> settings() {
        return SanctionNotifierSettings.class;
    }

    @Override
    public void register(PluginContext context) {
        SanctionNotifierSettings settings = context.settings(SanctionNotifierSettings.class);
        Outbox outbox = new Outbox(Optional.ofNullable(settings.outbox()).map(Path::of));
        context.archiveListener(new SanctionListener(context.directory(), context.archives(), outbox));
    }
}
