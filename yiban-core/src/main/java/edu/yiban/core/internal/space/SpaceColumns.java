package edu.yiban.core.internal.space;

import edu.yiban.core.id.PersonId;
import edu.yiban.core.space.MemberCounts;
import edu.yiban.core.space.Ratio;
import edu.yiban.core.space.SpaceId;
import edu.yiban.core.space.SpaceMetrics;
import edu.yiban.core.space.WeeklyActive;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The compact data one space's activity figures are computed from: primitive columns of actions (day,
 * member and kind packed in one {@code long}), of membership intervals (member, from, until) and of
 * activities (sign-in window, start day, sign-ins), with members interned to small integers. An action
 * costs 8 bytes, not an object.
 * Not thread-safe: its space's lock guards it.
 */
final class SpaceColumns {
    /** What a member did. */
    enum Action {
        NOTICE, TOPIC, POST, REPLY, POLL, RESOURCE, ACTIVITY, VOTE, SIGN_IN;

        private static final Action[] ALL = values();
    }

    /** The column of {@link MemberCounts} an action counts in (0 posts, 1 replies, 2 votes, 3 sign-ins), or -1. */
    private static final int[] COUNTED = new int[Action.ALL.length];

    static {
        Arrays.fill(COUNTED, -1);
        COUNTED[Action.POST.ordinal()] = 0;
        COUNTED[Action.REPLY.ordinal()] = 1;
        COUNTED[Action.VOTE.ordinal()] = 2;
        COUNTED[Action.SIGN_IN.ordinal()] = 3;
    }

    private static final long OPEN = Long.MAX_VALUE;
    private static final int MEMBER_BITS = 24;

    /** Per member: the row of their open membership interval or -1, and when they were verified or {@link #OPEN}. */
    private final IntColumn openInterval = new IntColumn();
    private final LongColumn verifiedAt = new LongColumn();

    /** Per action: {@code epochDay << 32 | member << 8 | action}, one long. */
    private final LongColumn actions = new LongColumn();

    /** Per membership interval: the member, from when and until when (excluded; {@link #OPEN} while it lasts). */
    private final IntColumn intervalMember = new IntColumn();
    private final LongColumn intervalFrom = new LongColumn();
    private final LongColumn intervalUntil = new LongColumn();

    /** Per activity: its sign-in window, the day it starts and its sign-ins. */
    private final LongColumn signInOpens = new LongColumn();
    private final LongColumn signInCloses = new LongColumn();
    private final IntColumn activityDay = new IntColumn();
    private final IntColumn signIns = new IntColumn();

    /** Interns a new member; the result is its index. */
    int addMember() {
        if (openInterval.size() == 1 << MEMBER_BITS) {
            throw new IllegalStateException("a space holds at most " + (1 << MEMBER_BITS) + " people");
        }
        verifiedAt.add(OPEN);
        return openInterval.add(-1);
    }

    void joined(int member, long atMillis) {
        intervalFrom.add(atMillis);
        intervalUntil.add(OPEN);
        openInterval.set(member, intervalMember.add(member));
    }

    void left(int member, long atMillis) {
        intervalUntil.set(openInterval.get(member), atMillis);
        openInterval.set(member, -1);
    }

    void verified(int member, long atMillis) {
        verifiedAt.set(member, atMillis);
    }

    void act(int member, int epochDay, Action action) {
        actions.add((long) epochDay << 32 | (long) member << 8 | action.ordinal());
    }

    /** Adds an activity; the result is its index. */
    int addActivity(long signInOpensMillis, long signInClosesMillis, int startEpochDay) {
        signInOpens.add(signInOpensMillis);
        signInCloses.add(signInClosesMillis);
        activityDay.add(startEpochDay);
        return signIns.add(0);
    }

    void signedIn(int activity) {
        signIns.set(activity, signIns.get(activity) + 1);
    }

    /**
     * The figures of {@link SpaceMetrics} for the days {@code from} to {@code to} in {@code zone};
     * {@code people} names the interned members by index.
     */
    SpaceMetrics metrics(SpaceId space, LocalDate from, LocalDate to, ZoneId zone, List<PersonId> people) {
        int fromDay = Math.toIntExact(from.toEpochDay());
        int toDay = Math.toIntExact(to.toEpochDay());
        long start = from.atStartOfDay(zone).toInstant().toEpochMilli();
        long end = to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();

        int members = openInterval.size();
        int firstMonday = monday(fromDay);
        int[] weekly = new int[(monday(toDay) - firstMonday) / 7 + 1];
        BitSet seen = new BitSet();
        int[][] counts = new int[4][members];
        for (int i = 0; i < actions.size(); i++) {
            long action = actions.get(i);
            int day = (int) (action >> 32);
            int column = COUNTED[(int) (action & 0xFF)];
            if (day < fromDay || day > toDay || column < 0) {
                continue;
            }
            int member = (int) (action >>> 8) & ((1 << MEMBER_BITS) - 1);
            counts[column][member]++;
            int week = (monday(day) - firstMonday) / 7;
            int bit = week * members + member;
            if (!seen.get(bit)) {
                seen.set(bit);
                weekly[week]++;
            }
        }
        List<WeeklyActive> weeks = new ArrayList<>(weekly.length);
        for (int w = 0; w < weekly.length; w++) {
            weeks.add(new WeeklyActive(LocalDate.ofEpochDay(firstMonday + 7L * w), weekly[w]));
        }

        boolean[] listed = new boolean[members];
        int registered = 0;
        int verified = 0;
        for (int i = 0; i < intervalMember.size(); i++) {
            int member = intervalMember.get(i);
            listed[member] |= intervalFrom.get(i) < end && intervalUntil.get(i) > start;
            if (intervalFrom.get(i) < end && intervalUntil.get(i) >= end) {
                registered++;
                verified += verifiedAt.get(member) < end ? 1 : 0;
            }
        }
        List<MemberCounts> perMember = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            if (listed[m]) {
                perMember.add(new MemberCounts(people.get(m), counts[0][m], counts[1][m], counts[2][m], counts[3][m]));
            }
        }
        perMember.sort(Comparator.comparing(MemberCounts::member));

        int counted = 0;
        long signedIn = 0;
        long possible = 0;
        int[] stamp = new int[members];
        Arrays.fill(stamp, -1);
        for (int a = 0; a < signIns.size(); a++) {
            if (activityDay.get(a) < fromDay || activityDay.get(a) > toDay) {
                continue;
            }
            counted++;
            signedIn += signIns.get(a);
            for (int i = 0; i < intervalMember.size(); i++) {
                int member = intervalMember.get(i);
                if (intervalFrom.get(i) < signInCloses.get(a) && intervalUntil.get(i) > signInOpens.get(a) && stamp[member] != a) {
                    stamp[member] = a;
                    possible++;
                }
            }
        }
        return new SpaceMetrics(space, from, to, weeks, perMember, counted, new Ratio(signedIn, possible), registered, verified);
    }

    /** The epoch day of the Monday of {@code epochDay}'s ISO week (1970-01-01 was a Thursday). */
    private static int monday(int epochDay) {
        return epochDay - Math.floorMod(epochDay + 3, 7);
    }
}
