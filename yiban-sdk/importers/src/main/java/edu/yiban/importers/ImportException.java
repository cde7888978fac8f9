package edu.yiban.importers;

import edu.yiban.core.error.YibanException;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.importers.internal.ImporterMessages;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A file that was refused (导入失败): nothing was written. {@link #errors()} lists what is wrong, each naming its row
 * and column; the message lists the first {@link #LISTED}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ImportException extends YibanException {
    /** The error code of every refused import. */
    public static final String CODE = "YB-IMPORT-INVALID";
    /** At most this many errors are written into the message; {@link #errors()} holds them all. */
    public static final int LISTED = 20;
    private static final long serialVersionUID = 1L;

    private final transient List<ImportError> errors;

    /** A refusal for {@code errors}, of which there is at least one. */
    public ImportException(List<ImportError> errors) {
        super(CODE, ImporterMessages.BUNDLE.text("import.refused", errors.isEmpty() ? "" : errors.get(0).file(), errors.size()));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a refused import needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    /** What is wrong, in the file's order. */
    public List<ImportError> errors() {
        return errors;
    }

    @Override
    public String message(Locale locale) {
        String listed = errors.stream().limit(LISTED).map(e -> e.message(locale))
                .collect(Collectors.joining(MessageBundle.choose(locale, "；", "; ")));
        int more = errors.size() - LISTED;
        return super.message(locale) + listed
                + (more > 0 ? ImporterMessages.BUNDLE.render(locale, "import.more", more) : "");
    }
}
