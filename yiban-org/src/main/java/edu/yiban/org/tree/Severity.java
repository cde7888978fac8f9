package edu.yiban.org.tree;

import org.apiguardian.api.API;

/** How a charter rule is enforced. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Severity {
    /** A hard rule: a change that breaks it is refused, and {@code validate} reports it. */
    ERROR,
    /** A soft rule: {@code validate} reports it; nothing is refused. */
    WARNING
}
