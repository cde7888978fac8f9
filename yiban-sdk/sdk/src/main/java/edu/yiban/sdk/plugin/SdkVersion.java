package edu.yiban.sdk.plugin;

import edu.yiban.sdk.plugin.VersionRange;
import org.apiguardian.api.API;

/** The version of the running SDK, against which plugins' {@code requiresSdk} ranges are checked. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SdkVersion {
    /** The SDK's version. */
    public static final String CURRENT = "0.1.0";

    private SdkVersion() {
    }

    /** Whether {@code range} (e.g. {@code [0.1,1.0)}) admits the running SDK. */
    public static boolean satisfies(String range) {
        return VersionRange.parse(range).contains(CURRENT);
    }
}
