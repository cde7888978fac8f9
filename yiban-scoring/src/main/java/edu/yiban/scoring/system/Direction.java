package edu.yiban.scoring.system;

import org.apiguardian.api.API;

/** Whether more of an indicator is better (coverage, activity) or worse (sanctions, absences). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Direction {
    /** 越高越好. */
    HIGHER_IS_BETTER,
    /** 越低越好. */
    LOWER_IS_BETTER
}
