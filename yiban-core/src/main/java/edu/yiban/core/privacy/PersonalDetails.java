package edu.yiban.core.privacy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.internal.CoreMessages;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A person's personal details (个人信息) that the campus directory does not hold: contact and identity numbers. Kept
 * only sealed, under a key of the person's own ({@link PersonalData}); every part is optional.
 *
 * <p>Checked on construction; a refusal lists every part at fault, naming the field and the rule, and never quotes a
 * whole ID number or mobile number ({@link InvalidInputException}). {@link #toString()} shows the parts
 * {@linkplain Masking masked}, so a log line or an exception that prints one leaks nothing.
 *
 * <pre>{@code
 * PersonalDetails details = PersonalDetails.builder()
 *         .mobile("13812345678").residentId("11010519491231002X").email("liming@example.edu.cn").build();
 * }</pre>
 *
 * @param mobile     a mainland China mobile number (手机号码): 11 digits, {@code 1} then {@code 3}–{@code 9}, then 9 digits
 * @param residentId a resident ID number (居民身份证号, GB 11643): 17 digits (6 of the address code, 8 of a date of
 *                   birth, 3 of a sequence) then a check character, a digit or {@code X}; a lower-case {@code x} is read
 *                   as {@code X}
 * @param email      an email address (电子邮箱): a name, {@code @}, a domain with a dot; at most 254 characters
 * @param address    a home address (家庭住址): 1 to 200 characters, no line breaks
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PersonalDetails(Optional<String> mobile, Optional<String> residentId, Optional<String> email, Optional<String> address) {
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
    private static final Pattern RESIDENT_ID = Pattern.compile("[0-9]{17}[0-9X]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** The longest address, in characters. */
    public static final int MAX_ADDRESS = 200;
    /** The longest email address, in characters. */
    public static final int MAX_EMAIL = 254;

    public PersonalDetails {
        mobile = mobile == null ? Optional.empty() : mobile;
        residentId = residentId == null ? Optional.empty() : residentId.map(id -> id.toUpperCase(Locale.ROOT));
        email = email == null ? Optional.empty() : email;
        address = address == null ? Optional.empty() : address;
        List<Violation> violations = new ArrayList<>();
        mobile.ifPresent(m -> {
            if (!MOBILE.matcher(m).matches()) {
                violations.add(violation("mobile", "personal.mobile.format", m.codePointCount(0, m.length())));
            }
        });
        residentId.ifPresent(id -> checkResidentId(id, violations));
        email.ifPresent(e -> {
            if (e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches()) {
                violations.add(violation("email", "personal.email.format", Masking.email(e)));
            }
        });
        address.ifPresent(a -> {
            int length = a.codePointCount(0, a.length());
            if (a.isBlank() || length > MAX_ADDRESS || a.chars().anyMatch(Character::isISOControl)) {
                violations.add(violation("address", "personal.address.format", length));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void checkResidentId(String id, List<Violation> violations) {
        if (!RESIDENT_ID.matcher(id).matches()) {
            violations.add(violation("residentId", "personal.residentId.format", id.codePointCount(0, id.length())));
            return;
        }
        try {
            LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            violations.add(violation("residentId", "personal.residentId.birth", Masking.residentId(id)));
            return;
        }
        if (id.charAt(17) != checkCharacter(id)) {
            violations.add(violation("residentId", "personal.residentId.check", Masking.residentId(id)));
        }
    }

    /**
     * The check character (校验码) of GB 11643 for the first 17 digits of {@code id}: the sum of each digit times its
     * weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2), modulo 11, picks it from {@code 1 0 X 9 8 7 6 5 4 3 2}.
     *
     * @throws IllegalArgumentException if {@code id} does not start with 17 digits
     */
    public static char checkCharacter(String id) {
        if (id.length() < 17) {
            throw new IllegalArgumentException("an ID number's check character needs 17 digits, not " + id.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("character " + (i + 1) + " of an ID number is not a digit");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static Violation violation(String field, String key, Object shown) {
        return Violation.of(field, CoreMessages.BUNDLE.text(key, CoreMessages.BUNDLE.text("field." + field), shown));
    }

    /** No details at all. */
    public static PersonalDetails none() {
        return new PersonalDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A builder with no part set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether no part is present. */
    public boolean isEmpty() {
        return mobile.isEmpty() && residentId.isEmpty() && email.isEmpty() && address.isEmpty();
    }

    /** The same details with every present part {@linkplain Masking masked}; only for showing, it does not check again. */
    public String masked() {
        List<String> parts = new ArrayList<>(4);
        mobile.ifPresent(m -> parts.add("mobile=" + Masking.mobile(m)));
        residentId.ifPresent(id -> parts.add("residentId=" + Masking.residentId(id)));
        email.ifPresent(e -> parts.add("email=" + Masking.email(e)));
        address.ifPresent(a -> parts.add("address=" + Masking.address(a)));
        return "PersonalDetails[" + String.join(", ", parts) + "]";
    }

    /** The parts masked, never in clear: see {@link #masked()}. */
    @Override
    public String toString() {
        return masked();
    }

    /** Builds {@link PersonalDetails}; checked by {@link #build()}. */
    public static final class Builder {
        private @Nullable String mobile;
        private @Nullable String residentId;
        private @Nullable String email;
        private @Nullable String address;

        private Builder() {
        }

        /** The mobile number; {@code null} for none. */
        public Builder mobile(@Nullable String mobile) {
            this.mobile = mobile;
            return this;
        }

        /** The resident ID number; {@code null} for none. */
        public Builder residentId(@Nullable String residentId) {
            this.residentId = residentId;
            return this;
        }

        /** The email address; {@code null} for none. */
        public Builder email(@Nullable String email) {
            this.email = email;
            return this;
        }

        /** The home address; {@code null} for none. */
        public Builder address(@Nullable String address) {
            this.address = address;
            return this;
        }

        /**
         * The details.
         *
         * @throws InvalidInputException listing every part at fault
         */
        public PersonalDetails build() {
            return new PersonalDetails(Optional.ofNullable(mobile), Optional.ofNullable(residentId), Optional.ofNullable(email),
                    Optional.ofNullable(address));
        }
    }
}
