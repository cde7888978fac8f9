package edu.yiban.org.charter;

/** How a charter rule is enforced. */
public enum Severity {
    /** A hard rule: a change that breaks it is refused, and {@code validate} reports it. */
    ERROR,
    /** A soft rule: {@code validate} reports it; nothing is refused. */
    WARNING
}
