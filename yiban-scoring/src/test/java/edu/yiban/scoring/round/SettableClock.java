package edu.yiban.scoring.round;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock a test sets to a day, so that each step of a round is taken on the day the test says. */
final class SettableClock extends Clock {
    private volatile Instant now;

    SettableClock(LocalDate day) {
        set(day);
    }

    void set(LocalDate day) {
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
