package edu.yiban.examples.cli;

import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.CollegeId;
import java.util.Locale;
import java.util.Optional;

/**
 * What every command shares: the bundle every sentence a person reads comes from ({@code messages_en},
 * {@code messages_zh_CN}), the choice of language, and the exit codes a shell user expects.
 */
final class Cli {
    /** The command's messages. */
    static final MessageBundle TEXT = new MessageBundle("edu.yiban.examples.cli.messages", Cli.class);
    /** All went well. */
    static final int OK = 0;
    /** The command ran and found a failure: a broken hash chain, a campus that cannot be evaluated. */
    static final int FAILED = 1;
    /** Bad usage: an unknown option, a bad value, a missing, unreadable or malformed file. */
    static final int USAGE = 2;

    private Cli() {
    }

    /**
     * The language of {@code lang} ({@code zh} or {@code en}, also with a region such as {@code zh-CN}); when
     * it is absent, the system's: Chinese for any Chinese locale, English otherwise.
     */
    static Optional<Locale> language(String lang) {
        if (lang == null) {
            return Optional.of(Locale.getDefault().getLanguage().equals("zh") ? MessageBundle.ZH : MessageBundle.EN);
        }
        String tag = lang.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        if (tag.equals("zh") || tag.startsWith("zh-")) {
            return Optional.of(MessageBundle.ZH);
        }
        if (tag.equals("en") || tag.startsWith("en-")) {
            return Optional.of(MessageBundle.EN);
        }
        return Optional.empty();
    }

    /** The language asked for on a command line ({@code --lang xx} or {@code --lang=xx}), before it is parsed; else the system's. */
    static Locale languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                return language(value).orElse(language(null).orElseThrow());
            }
        }
        return language(null).orElseThrow();
    }

    /** The name of college {@code code} in {@code locale}'s language: Chinese, or English where it has one; its code if unknown. */
    static String collegeName(CampusDirectory directory, String code, Locale locale) {
        return directory.college(CollegeId.of(code)).map(c -> "zh".equals(locale.getLanguage()) ? c.name() : c.nameEn().orElse(c.name()))
                .orElse(code);
    }

    /** {@code message} on one line. */
    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /**
     * A problem the command reports in one line and exits on: {@link #USAGE} for what the user gave
     * (an option, a file), {@link #FAILED} for what the command found. Its sentence is a key of the
     * bundle with its arguments, rendered in the language the user chose.
     */
    static final class Problem extends RuntimeException {
        private final int exitCode;
        private final String key;
        private final transient Object[] args;

        Problem(int exitCode, String key, Object... args) {
            super(TEXT.render(MessageBundle.EN, key, args));
            this.exitCode = exitCode;
            this.key = key;
            this.args = args.clone();
        }

        int exitCode() {
            return exitCode;
        }

        /** The sentence in {@code locale}'s language. */
        String render(Locale locale) {
            return TEXT.render(locale, key, args);
        }
    }
}
