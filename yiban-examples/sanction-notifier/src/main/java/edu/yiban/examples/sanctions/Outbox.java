package edu.yiban.examples.sanctions;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where notices go: a line in the log always (ids only), and the whole notice to a JSON-lines file when one is set. */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> file;

    Outbox(Optional<Path> file) {
        this.file = file;
    }

    /**
     * What the log says of {@code notice}: ids only (the kind, the entry, the counsellor), never the student's name or
     * the sanction's title, which only the outbox file, the counsellor's channel, carries (docs/privacy.md).
     */
    static String logged(Notification notice) {
        return Messages.text("notice.logged", notice.kind(), notice.entry().toString(), notice.to().value()).en();
    }

    synchronized void send(Notification notice) {
        LOG.info("{}", logged(notice));
        if (file.isEmpty()) {
            return;
        }
        try {
            String line = JSON.writeValueAsString(notice.fields()) + "\n";
            Path parent = file.get().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file.get(), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the outbox " + file.get() + ": " + e.getMessage(), e);
        }
    }
}
