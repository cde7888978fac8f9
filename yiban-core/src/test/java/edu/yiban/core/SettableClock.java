package edu.yiban.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock a test sets to a day (10:00 that day), so that records are written on the day the test says. */
public final class SettableClock extends Clock {
    private volatile Instant now;

    public SettableClock(LocalDate day) {
        set(day);
    }

    /** Moves the clock to 10:00 UTC on {@code day}. */
    public void set(LocalDate day) {
        now = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
