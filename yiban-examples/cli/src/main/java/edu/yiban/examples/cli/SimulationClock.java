package edu.yiban.examples.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The simulated campus's clock: it stands still at a time the simulation sets, so that every record
 * the ledger writes carries a time chosen by the simulation, never the machine's. Days and ISO weeks
 * are counted in {@link #ZONE}, the campus's time zone (Hainan).
 */
final class SimulationClock extends Clock {
    /** The campus's time zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;

    SimulationClock(LocalDateTime start) {
        set(start);
    }

    /** Moves the clock to {@code time} on the campus. */
    void set(LocalDateTime time) {
        this.now = time.atZone(ZONE).toInstant();
    }

    /** Moves the clock to {@code time} on {@code day}. */
    void set(LocalDate day, LocalTime time) {
        set(day.atTime(time));
    }

    /** The campus's date now. */
    LocalDate today() {
        return LocalDate.ofInstant(now, ZONE);
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
