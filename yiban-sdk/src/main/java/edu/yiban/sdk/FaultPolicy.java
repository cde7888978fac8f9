package edu.yiban.sdk;

import org.apiguardian.api.API;

/** What an evaluation does when a plugin's indicator fails (throws, runs past its budget, gives a value it may not). */
@API(status = API.Status.STABLE, since = "0.1")
public enum FaultPolicy {
    /** Stop the evaluation (and a round's computation) with a {@link PluginException} naming the plugin and input. */
    FAIL,
    /** Leave the failed values out — those students score 0 on the indicator, as the explanation says — and list each fault in the report. */
    SKIP_AND_MARK
}
