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

/** Where notices go: the log always, and a JSON-lines file when one is set. */
final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<Path> file;

    Outbox(Optional<Path> file) {
        this.file = file;
    }

    synchronized void send(Notification notice) {
        LOG.info("{}", notice.text().en());
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
