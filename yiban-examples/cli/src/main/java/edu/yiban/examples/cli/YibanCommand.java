package edu.yiban.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code yiban} command: {@code yiban demo} runs the main job on a synthetic campus.
 *
 * <pre>{@code
 * java -jar yiban-examples/cli/target/yiban.jar demo
 * }</pre>
 */
@Command(name = "yiban", mixinStandardHelpOptions = true, version = "yiban 0.1.0-SNAPSHOT",
        description = "YiBan Kit (易班工具包): the YiBan organisation, class spaces, growth archives and evaluations of a campus.",
        subcommands = {DemoCommand.class})
public final class YibanCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; send it to SLF4J, which the command keeps at warnings.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(new CommandLine(new YibanCommand()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. yiban demo");
    }
}
