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
 * member, kind), of membership intervals (member, from, until) and of activities (sign-in window, start
 * day, sign-ins), with members interned to small integers. An action costs 9 bytes, not an object.
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
    private static final int INITIAL = 16;

    private int members;
    private int[] openInterval = new int[INITIAL];
    private long[] verifiedAt = new long[INITIAL];

    private int actions;
    private int[] actionDay = new int[INITIAL];
    private int[] actionMember = new int[INITIAL];
    private byte[] actionKind = new byte[INITIAL];

    private int intervals;
    private int[] intervalMember = new int[INITIAL];
    private long[] intervalFrom = new long[INITIAL];
    private long[] intervalUntil = new long[INITIAL];

    private int activities;
    private long[] signInOpens = new long[INITIAL];
    private long[] signInCloses = new long[INITIAL];
    private int[] activityDay = new int[INITIAL];
    private int[] signIns = new int[INITIAL];

    /** Interns a new member; the result is its index. */
    int addMember() {
        if (members == openInterval.length) {
            openInterval = Arrays.copyOf(openInterval, members * 2);
            verifiedAt = Arrays.copyOf(verifiedAt, members * 2);
        }
        openInterval[members] = -1;
        verifiedAt[members] = OPEN;
        return members++;
    }

    void joined(int member, long atMillis) {
        if (intervals == intervalMember.length) {
            intervalMember = Arrays.copyOf(intervalMember, intervals * 2);
            intervalFrom = Arrays.copyOf(intervalFrom, intervals * 2);
            intervalUntil = Arrays.copyOf(intervalUntil, intervals * 2);
        }
        intervalMember[intervals] = member;
        intervalFrom[intervals] = atMillis;
        intervalUntil[intervals] = OPEN;
        openInterval[member] = intervals++;
    }

    void left(int member, long atMillis) {
        intervalUntil[openInterval[member]] = atMillis;
        openInterval[member] = -1;
    }

    void verified(int member, long atMillis) {
        verifiedAt[member] = atMillis;
    }

    void act(int member, int epochDay, Action action) {
        if (actions == actionDay.length) {
            actionDay = Arrays.copyOf(actionDay, actions * 2);
            actionMember = Arrays.copyOf(actionMember, actions * 2);
            actionKind = Arrays.copyOf(actionKind, actions * 2);
        }
        actionDay[actions] = epochDay;
        actionMember[actions] = member;
        actionKind[actions] = (byte) action.ordinal();
        actions++;
    }

    /** Adds an activity; the result is its index. */
    int addActivity(long signInOpensMillis, long signInClosesMillis, int startEpochDay) {
        if (activities == signIns.length) {
            signInOpens = Arrays.copyOf(signInOpens, activities * 2);
            signInCloses = Arrays.copyOf(signInCloses, activities * 2);
            activityDay = Arrays.copyOf(activityDay, activities * 2);
            signIns = Arrays.copyOf(signIns, activities * 2);
        }
        signInOpens[activities] = signInOpensMillis;
        signInCloses[activities] = signInClosesMillis;
        activityDay[activities] = startEpochDay;
        signIns[activities] = 0;
        return activities++;
    }

    void signedIn(int activity) {
        signIns[activity]++;
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

        int firstMonday = monday(fromDay);
        int[] weekly = new int[(monday(toDay) - firstMonday) / 7 + 1];
        BitSet seen = new BitSet();
        int[][] counts = new int[4][members];
        for (int i = 0; i < actions; i++) {
            int day = actionDay[i];
            int column = COUNTED[actionKind[i]];
            if (day < fromDay || day > toDay || column < 0) {
                continue;
            }
            int member = actionMember[i];
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
        for (int i = 0; i < intervals; i++) {
            int member = intervalMember[i];
            listed[member] |= intervalFrom[i] < end && intervalUntil[i] > start;
            if (intervalFrom[i] < end && intervalUntil[i] >= end) {
                registered++;
                verified += verifiedAt[member] < end ? 1 : 0;
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
        for (int a = 0; a < activities; a++) {
            if (activityDay[a] < fromDay || activityDay[a] > toDay) {
                continue;
            }
            counted++;
            signedIn += signIns[a];
            for (int i = 0; i < intervals; i++) {
                int member = intervalMember[i];
                if (intervalFrom[i] < signInCloses[a] && intervalUntil[i] > signInOpens[a] && stamp[member] != a) {
                    stamp[member] = a;
                    possible++;
                }
            }
        }
        Ratio rate = possible == 0 ? Ratio.NONE : new Ratio(signedIn, possible);
        return new SpaceMetrics(space, from, to, weeks, perMember, counted, rate, registered, verified);
    }

    /** The epoch day of the Monday of {@code epochDay}'s ISO week (1970-01-01 was a Thursday). */
    private static int monday(int epochDay) {
        return epochDay - Math.floorMod(epochDay + 3, 7);
    }
}
