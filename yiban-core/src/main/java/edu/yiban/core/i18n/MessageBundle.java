package edu.yiban.core.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * A module's resource bundle of messages for people, in Simplified Chinese (zh_CN) and English.
 *
 * <p>Every sentence a person reads comes from a bundle, never from a string literal in logic. A module
 * keeps one bundle beside its code and makes {@link Text}s from it:
 *
 * <pre>{@code
 * static final MessageBundle ORG = new MessageBundle("edu.yiban.org.messages", OrgTree.class);
 * throw new SomeOrgException(ORG.text("charter.station.size", 20, 30));
 * }</pre>
 *
 * <p>Any Chinese locale renders zh_CN; any other locale renders English. The machine's default locale
 * never leaks in, so the same call prints the same words on every machine.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MessageBundle {
    /** Simplified Chinese, the first language of the library's users. */
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** English. */
    public static final Locale EN = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;
    private final Module module;
    /** Parsed patterns by language and key: parsing a pattern costs more than formatting it. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    /**
     * @param baseName the bundle's base name, e.g. {@code edu.yiban.core.messages}
     * @param anchor   a class whose class loader sees the bundle's properties files
     */
    public MessageBundle(String baseName, Class<?> anchor) {
        this.baseName = Objects.requireNonNull(baseName, "baseName is null");
        this.loader = Objects.requireNonNull(anchor, "anchor is null").getClassLoader();
        this.module = anchor.getModule();
    }

    /** A sentence of this bundle with its arguments, rendered later in the reader's language. */
    public Text text(String key, Object... args) {
        return new Text(this, key, args);
    }

    /** The bundle's base name. */
    public String baseName() {
        return baseName;
    }

    /** Whether the bundle has {@code key} in the given language. */
    public boolean has(String key, Locale locale) {
        return bundle(locale).containsKey(key);
    }

    /** The raw pattern of {@code key} in the given language. */
    public String pattern(String key, Locale locale) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message key '" + key + "' is missing from " + baseName + " for " + supported(locale), e);
        }
    }

    /** Renders {@code key} with {@code args} in the given language; numbers are written as they are, never grouped. */
    public String render(Locale locale, String key, Object... args) {
        Locale target = supported(locale);
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = plain(args[i], target);
        }
        MessageFormat format = formats.computeIfAbsent(target.toLanguageTag() + '\u0000' + key,
                k -> new MessageFormat(pattern(key, target), target));
        synchronized (format) {
            return format.format(rendered);
        }
    }

    /** The underlying resource bundle for {@code locale} (zh_CN or English), without fallback to the JVM's locale. */
    public ResourceBundle resourceBundle(Locale locale) {
        return bundle(locale);
    }

    /**
     * An argument as it reads in a sentence: a {@link Text} or a {@link Bilingual} in the same language, a
     * number as written (a year stays 2023, a count 12000, a decimal keeps its places), anything else as it is.
     */
    private static Object plain(Object arg, Locale locale) {
        if (arg instanceof Text t) {
            return t.render(locale);
        }
        if (arg instanceof Bilingual b) {
            return b.in(locale);
        }
        if (arg instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (arg instanceof Number n) {
            return n.toString();
        }
        return arg;
    }

    ResourceBundle bundle(Locale locale) {
        if (module.isNamed()) {
            // on the module path a Control is refused: the bundle is loaded on behalf of the anchor's module, and since
            // zh_CN and en both exist the JVM's locale is never reached
            return ResourceBundle.getBundle(baseName, supported(locale), module);
        }
        return ResourceBundle.getBundle(baseName, supported(locale), loader, NO_FALLBACK);
    }

    /** The language the library renders for {@code locale}: zh_CN for any Chinese locale, else English. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    /** Of a sentence held in both languages, the one for {@code locale} (see {@link #supported}). */
    public static String choose(Locale locale, String zh, String en) {
        return supported(locale).equals(ZH) ? zh : en;
    }

    @Override
    public String toString() {
        return baseName;
    }
}
