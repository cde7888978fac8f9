package edu.yiban.examples.cli;

import edu.yiban.core.error.YibanException;
import edu.yiban.sdk.plugin.PluginException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code yiban} command: {@code yiban demo} runs the main job on a synthetic campus; {@code evaluate},
 * {@code verify}, {@code org-chart} and {@code budget} work on a campus saved with {@code demo --save FILE}, or kept
 * in a database named by its JDBC URL ({@code demo --store URL}, or a YiBan app's), logging in as
 * {@link DatabaseLogin} says; {@code keygen} makes a campus key, with which {@code demo --key} signs and
 * {@code verify --public-key} checks; {@code audit} says who wrote what about a student, or what a person or a system wrote. Every sentence it prints comes from its resource bundles, in Chinese or English
 * ({@code --lang}); no error line prints a password ({@link Secrets}).
 * Exit codes: 0 all well, 1 a failure found (a broken hash chain, a plugin that failed), 2 bad usage (an unknown option, a
 * missing, unreadable or malformed file, a database that cannot be opened or holds no campus), each error on one line
 * naming what to fix.
 *
 * <pre>{@code
 * java -jar yiban-examples/cli/target/yiban.jar demo
 * java -jar yiban-examples/cli/target/yiban.jar demo --students 3000 --save campus.json --out out
 * java -jar yiban-examples/cli/target/yiban.jar verify campus.json
 * java -jar yiban-examples/cli/target/yiban.jar keygen --out keys
 * java -jar yiban-examples/cli/target/yiban.jar demo --key keys/campus.key --save campus.json
 * java -jar yiban-examples/cli/target/yiban.jar verify campus.json --public-key keys/campus.pub
 * YIBAN_DB_USER=yiban java -jar yiban-examples/cli/target/yiban.jar evaluate jdbc:postgresql://db/yiban --password-file pw
 * }</pre>
 */
@Command(name = "yiban", mixinStandardHelpOptions = true, versionProvider = YibanCommand.Version.class,
        subcommands = {DemoCommand.class, EvaluateCommand.class, VerifyCommand.class, OrgChartCommand.class, BudgetCommand.class,
                KeygenCommand.class, AuditCommand.class})
public final class YibanCommand implements Runnable {

    private static final String NO_COMMAND = "usage.command";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; send it to SLF4J, which the command keeps at warnings.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(commandLine(Cli.languageOf(args)).execute(args));
    }

    /** The command line with its help and errors in {@code locale}'s language, logging in to databases as the process's environment says. */
    static CommandLine commandLine(Locale locale) {
        return commandLine(locale, System.getenv());
    }

    /**
     * The command line with its help and errors in {@code locale}'s language, logging in to databases as
     * {@code environment} says ({@link DatabaseLogin}); every error line it prints is cleared of the passwords its
     * commands were given.
     */
    static CommandLine commandLine(Locale locale, Map<String, String> environment) {
        Secrets secrets = new Secrets();
        CommandLine line = new CommandLine(new YibanCommand(), new Factory(environment, secrets));
        line.setResourceBundle(Cli.TEXT.resourceBundle(locale));
        line.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println(secrets.hide(Cli.TEXT.render(locale, "error.usage", ex.getCommandLine().getCommandSpec().qualifiedName(),
                    usage(ex, locale), ex.getCommandLine().getCommandSpec().qualifiedName())));
            err.flush();
            return Cli.USAGE;
        });
        line.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            String name = cmd.getCommandSpec().qualifiedName();
            String message;
            int code;
            if (ex instanceof Cli.Problem problem) {
                message = Cli.TEXT.render(locale, "error.problem", name, Cli.oneLine(problem.render(locale)));
                code = problem.exitCode();
            } else if (ex instanceof PluginException plugin && plugin.reason() == PluginException.Reason.FAULT) {
                message = Cli.TEXT.render(locale, "error.plugin", name, Cli.oneLine(plugin.message(locale)), plugin.code());
                code = Cli.FAILED;
            } else if (ex instanceof YibanException yiban) {
                message = Cli.TEXT.render(locale, "error.library", name, Cli.oneLine(yiban.message(locale)), yiban.code());
                code = Cli.FAILED;
            } else {
                message = Cli.TEXT.render(locale, "error.unexpected", name, ex.getClass().getSimpleName(), Cli.oneLine(ex.getMessage()));
                code = Cli.FAILED;
            }
            err.println(secrets.hide(message));
            err.flush();
            return code;
        });
        return line;
    }

    /** The sentence for a usage error, from the bundle; picocli's own words only where no sentence fits. */
    private static String usage(CommandLine.ParameterException ex, Locale locale) {
        if (NO_COMMAND.equals(ex.getMessage())) {
            return Cli.TEXT.render(locale, NO_COMMAND);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return Cli.TEXT.render(locale, "usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            List<String> names = missing.getMissing().stream().map(YibanCommand::name).collect(Collectors.toList());
            return Cli.TEXT.render(locale, "usage.missing", String.join(", ", names));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return Cli.TEXT.render(locale, "usage.value", name(ex.getArgSpec()), ex.getValue());
        }
        return Cli.TEXT.render(locale, "usage.other", Cli.oneLine(ex.getMessage()));
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        if (arg instanceof CommandLine.Model.OptionSpec option) {
            return option.longestName();
        }
        return arg.paramLabel();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), NO_COMMAND);
    }

    /**
     * Makes the commands and their options as picocli asks for them, giving each {@link DatabaseLogin} the environment
     * it reads and the secrets the error lines are cleared of.
     */
    private static final class Factory implements CommandLine.IFactory {
        private final CommandLine.IFactory plain = CommandLine.defaultFactory();
        private final Map<String, String> environment;
        private final Secrets secrets;

        Factory(Map<String, String> environment, Secrets secrets) {
            this.environment = Map.copyOf(environment);
            this.secrets = secrets;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == DatabaseLogin.class) {
                return type.cast(new DatabaseLogin(environment, secrets));
            }
            return plain.create(type);
        }
    }

    /** The version line. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"yiban " + edu.yiban.sdk.plugin.SdkVersion.CURRENT};
        }
    }
}
