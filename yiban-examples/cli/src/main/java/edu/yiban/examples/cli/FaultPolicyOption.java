package edu.yiban.examples.cli;

import edu.yiban.sdk.plugin.FaultPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --plugin-faults fail|skip-and-mark}: what the students' evaluation does when a plugin's indicator
 * fails. {@code fail} (the default) stops the command with one line naming the plugin; {@code skip-and-mark}
 * carries on and marks every result that read the missing value incomplete, in the summary and the files —
 * a round refuses such results either way. The command exits 1 whenever a plugin failed.
 */
final class FaultPolicyOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private FaultPolicy policy = FaultPolicy.FAIL;

    @Option(names = "--plugin-faults", paramLabel = "fail|skip-and-mark", descriptionKey = "option.pluginFaults")
    void policy(String value) {
        policy = switch (value == null ? "" : value.trim()) {
            case "fail" -> FaultPolicy.FAIL;
            case "skip-and-mark" -> FaultPolicy.SKIP_AND_MARK;
            default -> throw new CommandLine.ParameterException(mixee.commandLine(), "--plugin-faults",
                    mixee.findOption("--plugin-faults"), value);
        };
    }

    /** The chosen policy. */
    FaultPolicy policy() {
        return policy;
    }
}
