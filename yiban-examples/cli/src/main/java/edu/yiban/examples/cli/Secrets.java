package edu.yiban.examples.cli;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a command line must never print (机密): the database passwords its commands were given, from the environment, a
 * password file or a URL's parameters. Every error line the command prints passes through {@link #hide}, which blanks
 * each of them and cuts the parameters off any JDBC URL in the line — a second guard behind messages that already name a
 * database by its URL without them ({@link StoreUrl#shown()}), for a driver's message that might not.
 */
final class Secrets {
    /** What a secret reads as where it was. */
    static final String BLANKED = "******";
    /**
     * The shortest secret searched for: a shorter one would blank ordinary letters of the line, and the command never
     * prints a password anyway; this is the guard behind that.
     */
    private static final int SHORTEST = 4;
    /** A JDBC URL in a sentence: up to a blank or a quote, and without the comma, full stop or bracket after it. */
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:[^\\s\"'<>]+?(?=[,.)]*(?:[\\s\"'<>]|$))");

    /**
     * Words the command prints itself, in its own sentences and in the names it shows: a password that is one of them
     * (the test servers' {@code yiban}, say) is not searched for, as blanking it would blank the command's own words
     * ("yiban verify …") and hide nothing a reader does not already see.
     */
    private static final Set<String> OWN_WORDS = Set.of("yiban", "demo", "evaluate", "budget", "org-chart", "verify",
            "jdbc", "h2", "postgresql", "mariadb", "mysql", "file", "test");

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /**
     * Keeps {@code secret} out of every line {@link #hide} is given from now on; a null or short one, or one of the
     * command's own words, is ignored.
     */
    void add(String secret) {
        if (secret != null && secret.length() >= SHORTEST && !OWN_WORDS.contains(secret.toLowerCase(Locale.ROOT))) {
            secrets.add(secret);
        }
    }

    /** {@code line} with every secret blanked and every JDBC URL cut before its parameters. */
    String hide(String line) {
        String hidden = line;
        // the longest first, so that a secret holding another is blanked whole
        for (String secret : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            // where it stands alone, as a password does in a message or a URL's parameters, not inside a longer name
            hidden = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(secret) + "(?![\\p{L}\\p{N}_])").matcher(hidden)
                    .replaceAll(Matcher.quoteReplacement(BLANKED));
        }
        Matcher urls = JDBC_URL.matcher(hidden);
        StringBuilder out = new StringBuilder();
        while (urls.find()) {
            urls.appendReplacement(out, Matcher.quoteReplacement(StoreUrl.shown(urls.group())));
        }
        urls.appendTail(out);
        return out.toString();
    }
}
