package edu.yiban.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import edu.yiban.core.error.Violation;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One validator error as a {@link Violation}: at the JSON path in the library's style ({@code rules[0].method}),
 * with a sentence of the scoring bundle's {@code schema.*} section that names what is wrong and what would be
 * right (the valid fields, values or types; the limit), read from the schema itself.
 */
final class Faults {
    /** How much of a wrong value a message quotes. */
    private static final int QUOTED = 40;

    private Faults() {
    }

    static Violation violation(Error error, JsonNode schema) {
        String at = path(error.getInstanceLocation());
        JsonNode value = error.getInstanceNode();
        NodePath location = error.getSchemaLocation().getFragment();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        JsonNode rule = schema.at(pointer(location, 0));
        JsonNode owner = schema.at(pointer(location, 1));
        return switch (keyword) {
            case "additionalProperties" -> {
                String field = error.getProperty();
                // "$schema" may stand at the top for an editor, but it is not one of the document's fields
                String valid = names(owner.path("properties").fieldNames(), true, name -> !name.startsWith("$"));
                yield at.isEmpty()
                        ? Violation.of(field, text("schema.field.unknown.top", field, valid))
                        : Violation.of(join(at, field), text("schema.field.unknown", field, at, valid));
            }
            case "required" -> {
                String field = error.getProperty();
                if ("type".equals(field) && owner.has("allOf")) {
                    yield Violation.of(join(at, field), text("schema.kind.missing", at.isEmpty() ? "/" : at, kinds(owner)));
                }
                yield at.isEmpty()
                        ? Violation.of(field, text("schema.field.missing.top", labelled(field)))
                        : Violation.of(join(at, field), text("schema.field.missing", labelled(field), at));
            }
            case "type" -> Violation.of(at, text("schema.type", expected(rule), found(value)));
            case "enum" -> {
                // the "type" of a sealed type's definition: …/$defs/Rule.Method/properties/type/enum
                JsonNode sealed = schema.at(pointer(location, 3));
                if (location.getNameCount() >= 3 && "type".equals(location.getName(location.getNameCount() - 2)) && sealed.has("allOf")) {
                    String of = parent(at);
                    yield Violation.of(at, text("schema.kind.unknown", quote(value), of.isEmpty() ? "/" : of, names(rule.elements(), false)));
                }
                yield Violation.of(at, text("schema.value.unknown", quote(value), names(rule.elements(), false)));
            }
            case "maxItems" -> Violation.of(at, text("schema.items.many", value.size(), rule.asInt()));
            case "minItems" -> Violation.of(at, text(rule.asInt() == 1 ? "schema.items.none" : "schema.items.few", value.size(), rule.asInt()));
            case "maxProperties" -> Violation.of(at, text("schema.entries.many", value.size(), rule.asInt()));
            case "minProperties" -> Violation.of(at, text(rule.asInt() == 1 ? "schema.entries.none" : "schema.entries.few", value.size(),
                    rule.asInt()));
            case "maxLength" -> Violation.of(at, text("schema.text.long", length(value), rule.asInt()));
            case "minLength" -> Violation.of(at, text(rule.asInt() == 1 ? "schema.text.empty" : "schema.text.short", length(value), rule.asInt()));
            case "maximum" -> Violation.of(at, text("schema.number.large", quote(value), rule.asText()));
            case "minimum" -> Violation.of(at, text("schema.number.small", quote(value), rule.asText()));
            default -> Violation.of(at, text("schema.other", keyword, error.getMessage()));
        };
    }

    /** A path in the library's style: names joined by dots, indexes in brackets ({@code rules[0].method}). */
    static String path(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(element);
            }
        }
        return out.toString();
    }

    /** A field's JSON name, with the scoring bundle's label for it when there is one: {@code "tiers" (tiers)}. */
    private static Text labelled(String field) {
        String label = "field." + field;
        boolean known = ScoringMessages.BUNDLE.has(label, MessageBundle.ZH) && ScoringMessages.BUNDLE.has(label, MessageBundle.EN);
        if (!known) {
            return text("schema.field.name", field);
        }
        // an English label that only repeats the name ("tiers") is left out in English
        boolean repeats = ScoringMessages.BUNDLE.pattern(label, MessageBundle.EN).equalsIgnoreCase(field);
        return text(repeats ? "schema.field.labelled.zh" : "schema.field.labelled", field, ScoringMessages.label(field));
    }

    private static String join(String at, String field) {
        return at.isEmpty() ? field : at + "." + field;
    }

    /** The path of the object or array holding {@code at}, "" at the top. */
    private static String parent(String at) {
        int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
        return cut < 0 ? "" : at.substring(0, cut);
    }

    /** The JSON pointer of {@code location} less its last {@code drop} names, e.g. {@code /$defs/Rule/properties}. */
    private static String pointer(NodePath location, int drop) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < location.getNameCount() - drop; i++) {
            out.append('/').append(location.getName(i).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    private static String kinds(JsonNode sealed) {
        return names(sealed.path("properties").path("type").path("enum").elements(), false);
    }

    private static String names(Iterator<?> names, boolean sorted) {
        return names(names, sorted, name -> true);
    }

    private static String names(Iterator<?> names, boolean sorted, Predicate<String> shown) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(n -> all.add(n instanceof JsonNode node ? node.asText() : String.valueOf(n)));
        all.removeIf(shown.negate());
        return (sorted ? new ArrayList<>(new TreeSet<>(all)) : all).stream().collect(Collectors.joining(", "));
    }

    /** What a "type" keyword asks for: one JSON type, or several joined by "or". */
    private static Object expected(JsonNode type) {
        if (type.isArray()) {
            List<Text> each = new ArrayList<>();
            type.elements().forEachRemaining(t -> each.add(kind(t.asText())));
            return each.size() == 1 ? each.get(0) : text("schema.json.either", each.get(0), each.get(1));
        }
        return kind(type.asText());
    }

    /** What was found instead: its JSON type, with the value when it is short. */
    private static Text found(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return kind("null");
        }
        return switch (value.getNodeType()) {
            case OBJECT -> kind("object");
            case ARRAY -> kind("array");
            case NULL -> kind("null");
            default -> text("schema.json.found", kind(value.getNodeType() == JsonNodeType.NUMBER ? "number"
                    : value.getNodeType() == JsonNodeType.BOOLEAN ? "boolean" : "string"), quote(value));
        };
    }

    private static Text kind(String jsonType) {
        return text("schema.json." + jsonType);
    }

    /** A short value as written in JSON ({@code "ten"}, {@code 2.5}, {@code true}), cut after {@value #QUOTED} characters. */
    private static String quote(JsonNode value) {
        if (value == null) {
            return "null";
        }
        String written = value.isTextual() ? '"' + value.asText() + '"' : value.isNumber() ? value.decimalValue().toPlainString()
                : value.isValueNode() ? value.asText() : value.toString();
        return written.codePointCount(0, written.length()) <= QUOTED ? written
                : written.substring(0, written.offsetByCodePoints(0, QUOTED)) + "…";
    }

    private static int length(JsonNode value) {
        String text = value == null ? "" : value.asText();
        return text.codePointCount(0, text.length());
    }

    private static Text text(String key, Object... args) {
        return ScoringMessages.BUNDLE.text(key, args);
    }
}
