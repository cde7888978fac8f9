package edu.yiban.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, in a campus's time zone: set to a day (10:00 that day) or to a local
 * date and time, so that records are written when the test says.
 */
public final class SettableClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    /** A UTC clock at 10:00 on {@code day}. */
    public SettableClock(LocalDate day) {
        this(ZoneOffset.UTC, day.atTime(10, 0).toString());
    }

    /** A clock in {@code zone} at the local date and time {@code local}, e.g. {@code 2022-10-10T19:00}. */
    public SettableClock(ZoneId zone, String local) {
        this.zone = zone;
        set(local);
    }

    /** Moves the clock to 10:00 on {@code day}, local time. */
    public void set(LocalDate day) {
        now = day.atTime(10, 0).atZone(zone).toInstant();
    }

    /** Moves the clock to the local date and time {@code local}. */
    public void set(String local) {
        now = at(local);
    }

    /** Moves the clock on by {@code duration}. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** The instant of the local date and time {@code local} in this clock's zone. */
    public Instant at(String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        SettableClock other = new SettableClock(newZone, "2000-01-01T00:00");
        other.now = now;
        return other;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
