package edu.yiban.examples.cli;

import edu.yiban.core.i18n.MessageBundle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/** One run of the {@code yiban} command in this JVM, through picocli, with what it printed. */
record Run(int exitCode, String out, String err) {

    /** Runs {@code args} with messages in {@code locale}'s language, in an environment that names no database login. */
    static Run of(Locale locale, String... args) {
        return of(locale, Map.of(), args);
    }

    /** Runs {@code args} with messages in {@code locale}'s language, as if the process's environment were {@code environment}. */
    static Run of(Locale locale, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = YibanCommand.commandLine(locale, environment);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs {@code args} in English. */
    static Run en(String... args) {
        return of(MessageBundle.EN, args);
    }

    /** The error output's lines, without empty ones. */
    java.util.List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}
