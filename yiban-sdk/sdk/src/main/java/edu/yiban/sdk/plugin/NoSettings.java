package edu.yiban.sdk.plugin;

import org.apiguardian.api.API;

/** The settings of a plugin that takes none: any key under {@code plugins.<id>.} is refused. */
@API(status = API.Status.STABLE, since = "0.1")
public record NoSettings() {
}
