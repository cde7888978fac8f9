package edu.yiban.sdk.plugin;

import org.apiguardian.api.API;

/** The settings of a plugin that takes none: any key under {@code plugins.<id>.} is refused. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record NoSettings() {
}
