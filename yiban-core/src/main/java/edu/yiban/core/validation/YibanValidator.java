package edu.yiban.core.validation;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.internal.CoreMessages;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation (Hibernate Validator) at the library's public entries, with every message in both
 * Chinese and English. Constraint messages come from the modules' {@link MessageBundle}s, so a module
 * or plugin overrides or adds messages in its own bundle.
 *
 * <pre>{@code
 * YibanValidator.core().check(entry);                  // InvalidInputException naming each bad field
 * YibanValidator.core().checkAll("enrolments", rows);  // paths like enrolments[3].studentNo
 * }</pre>
 *
 * <p>Building a validator takes a moment; build one per set of bundles and share it (it is thread-safe).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class YibanValidator {
    private static final String SEPARATOR = "\u001F";
    private static volatile @Nullable YibanValidator core;

    private final Validator validator;
    private final List<MessageBundle> bundles;

    private YibanValidator(List<MessageBundle> bundles) {
        this.bundles = List.copyOf(bundles);
        ResourceBundleLocator locator = locale -> new Aggregate(this.bundles, locale);
        this.validator = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new Bilingual(new ResourceBundleMessageInterpolator(locator)))
                .buildValidatorFactory()
                .getValidator();
    }

    /** A validator reading messages from {@code bundles} first, then from the core bundle. */
    public static YibanValidator create(MessageBundle... bundles) {
        List<MessageBundle> all = new ArrayList<>(List.of(bundles));
        all.add(CoreMessages.BUNDLE);
        return new YibanValidator(all);
    }

    /** The shared validator with the core bundle. */
    public static YibanValidator core() {
        YibanValidator v = core;
        if (v == null) {
            synchronized (YibanValidator.class) {
                v = core;
                if (v == null) {
                    core = v = create();
                }
            }
        }
        return v;
    }

    /** What is wrong with {@code value}, path by path, in a stable order; empty when nothing is. */
    public List<Violation> violations(Object value) {
        if (value == null) {
            return List.of(Violation.of("", CoreMessages.BUNDLE.text("check.required", CoreMessages.BUNDLE.text("field.input"))));
        }
        List<Violation> found = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(value)) {
            found.add(toViolation(v));
        }
        found.sort(Comparator.comparing(Violation::path).thenComparing(Violation::code));
        return found;
    }

    /** {@code value}, if valid; else an {@link InvalidInputException} naming every bad field. */
    public <T> T check(T value) {
        List<Violation> found = violations(value);
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        return value;
    }

    /** Checks every row of a batch; the violations name their row, e.g. {@code name[3].term}. */
    public <T> List<T> checkAll(String name, List<T> rows) {
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (Violation v : violations(rows.get(i))) {
                found.add(v.under(name + "[" + i + "]"));
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        return rows;
    }

    private Violation toViolation(ConstraintViolation<Object> v) {
        String path = path(v.getPropertyPath());
        String[] both = v.getMessage().split(SEPARATOR, 2);
        String leaf = leaf(v.getPropertyPath());
        String code = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new Violation(path, code, label(leaf, MessageBundle.ZH) + both[0],
                label(leaf, MessageBundle.EN) + " " + (both.length > 1 ? both[1] : both[0]));
    }

    private String label(String field, Locale locale) {
        String key = "field." + field;
        for (MessageBundle bundle : bundles) {
            if (bundle.has(key, locale)) {
                return bundle.pattern(key, locale);
            }
        }
        return field;
    }

    private static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                out.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.toString();
    }

    private static String leaf(Path path) {
        String leaf = "";
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("<")) {
                leaf = node.getName();
            }
        }
        return leaf;
    }

    /** Interpolates each message in Chinese and English at once, joined by a separator. */
    private record Bilingual(ResourceBundleMessageInterpolator delegate) implements jakarta.validation.MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, MessageBundle.ZH);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, MessageBundle.ZH) + SEPARATOR
                    + delegate.interpolate(template, context, MessageBundle.EN);
        }
    }

    /** The modules' bundles seen as one, first bundle first. */
    private static final class Aggregate extends ResourceBundle {
        private final List<ResourceBundle> parts = new ArrayList<>();

        Aggregate(List<MessageBundle> bundles, Locale locale) {
            for (MessageBundle bundle : bundles) {
                parts.add(bundle.resourceBundle(locale));
            }
        }

        @Override
        protected @Nullable Object handleGetObject(String key) {
            for (ResourceBundle part : parts) {
                if (part.containsKey(key)) {
                    return part.getObject(key);
                }
            }
            return null;
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new LinkedHashSet<>();
            for (ResourceBundle part : parts) {
                keys.addAll(Collections.list(part.getKeys()));
            }
            return Collections.enumeration(keys);
        }
    }
}
