package edu.yiban.scoring.system;

/** Whether more of an indicator is better (coverage, activity) or worse (sanctions, absences). */
public enum Direction {
    /** 越高越好. */
    HIGHER_IS_BETTER,
    /** 越低越好. */
    LOWER_IS_BETTER
}
