package edu.yiban.examples.cli;

import java.util.Comparator;
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

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /** Keeps {@code secret} out of every line {@link #hide} is given from now on; a null or short one is ignored. */
    void add(String secret) {
        if (secret != null && secret.length() >= SHORTEST) {
            secrets.add(secret);
        }
    }

    /** {@code line} with every secret blanked and every JDBC URL cut before its parameters. */
    String hide(String line) {
        String hidden = line;
        // the longest first, so that a secret holding another is blanked whole
        for (String secret : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            hidden = hidden.replace(secret, BLANKED);
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
