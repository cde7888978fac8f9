package edu.yiban.examples.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --lang zh|en}: the language of everything a command prints (default: the system's). */
final class LanguageOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private Locale locale = Cli.language(null).orElseThrow();

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "option.lang")
    void lang(String value) {
        locale = Cli.language(value).orElseThrow(() -> new CommandLine.ParameterException(mixee.commandLine(),
                "--lang", mixee.findOption("--lang"), value));
    }

    /** The chosen language. */
    Locale locale() {
        return locale;
    }
}
