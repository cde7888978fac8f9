package edu.yiban.importers;

import static java.nio.charset.StandardCharsets.UTF_8;

import edu.yiban.sdk.plugin.Importer;
import edu.yiban.sdk.testkit.ImporterContract;

/** The SDK's importer contract on the kit's campus (class KIT2201, 2022级测试1班). */
class RosterCsvContractTest extends ImporterContract {
    @Override
    protected Importer newImporter() {
        return new RosterCsvImporter();
    }

    @Override
    protected byte[] sample() {
        return "学号,姓名,班级\n2022990101,新生甲,KIT2201\n2022990102,新生乙,2022级测试1班\n".getBytes(UTF_8);
    }

    @Override
    protected byte[] malformed() {
        return "学号,姓名,班级\n2022990101,新生甲,KIT2201\n2022990102,,KIT2201\n".getBytes(UTF_8);
    }
}
