package edu.yiban.core.space;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the test moves by hand, in a campus's time zone. */
final class MutableClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    MutableClock(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    /** Sets the clock to the local date and time {@code local}, e.g. {@code 2022-10-10T19:00}. */
    void set(String local) {
        now = at(local);
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** The instant of local date and time {@code local} in this clock's zone. */
    Instant at(String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(newZone, now);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
