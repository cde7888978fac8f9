package edu.yiban.scoring.internal.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The descriptions of the shipped schemas, taken from the types' Javadoc in the source trees: a type's first
 * sentence, a record component's {@code @param} text, with {@code {@code …}} and {@code {@link …}} written as
 * plain words and HTML left out. Used when the schemas are regenerated; a type without Javadoc has no description.
 */
final class JavadocDescriptions implements Descriptions {
    private static final Pattern DECLARATION = Pattern.compile("\\b(?:record|class|interface|enum)\\s+(\\w+)");
    private static final Pattern TAG = Pattern.compile("(?m)^\\s*@(\\w+)\\s+");
    private static final Pattern INLINE = Pattern.compile("\\{@(?:code|literal|value)\\s+([^{}]*(?:\\{[^{}]*\\}[^{}]*)*)\\}");
    private static final Pattern LINK = Pattern.compile("\\{@link(?:plain)?\\s+([^\\s}]+)(?:\\s+([^}]*))?\\}");

    private final List<Path> roots;
    private final Map<Class<?>, Optional<String>> comments = new HashMap<>();

    /** Descriptions read from the source trees {@code roots} (e.g. {@code src/main/java} of each module). */
    JavadocDescriptions(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The source trees of the modules the scoring types come from, seen from the scoring module's folder. */
    static JavadocDescriptions ofThisBuild() {
        return new JavadocDescriptions(List.of(Path.of("src/main/java"), Path.of("../yiban-org/src/main/java"), Path.of("../yiban-core/src/main/java")));
    }

    @Override
    public Optional<String> ofType(Class<?> type) {
        return comment(type).map(JavadocDescriptions::mainText).map(JavadocDescriptions::firstSentence).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> ofComponent(RecordComponent component) {
        return comment(component.getDeclaringRecord()).flatMap(c -> param(c, component.getName()));
    }

    private Optional<String> comment(Class<?> type) {
        return comments.computeIfAbsent(type, this::find);
    }

    /** The Javadoc just before the declaration of {@code type} in its top-level class's file. */
    private Optional<String> find(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String file = top.getName().replace('.', '/') + ".java";
        for (Path root : roots) {
            Path source = root.resolve(file);
            if (Files.isRegularFile(source)) {
                return before(read(source), type.getSimpleName());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> before(String source, String simpleName) {
        Matcher declaration = DECLARATION.matcher(source);
        while (declaration.find()) {
            if (!declaration.group(1).equals(simpleName) || inComment(source, declaration.start())) {
                continue;
            }
            int end = source.lastIndexOf("*/", declaration.start());
            int start = end < 0 ? -1 : source.lastIndexOf("/**", end);
            if (start < 0) {
                return Optional.empty();
            }
            String between = source.substring(end + 2, declaration.start());
            // only annotations and modifiers may stand between a Javadoc and what it documents
            if (between.contains(";") || DECLARATION.matcher(between).find()) {
                return Optional.empty();
            }
            return Optional.of(source.substring(start + 3, end).replaceAll("(?m)^\\s*\\*( ?)", ""));
        }
        return Optional.empty();
    }

    private static boolean inComment(String source, int at) {
        int open = source.lastIndexOf("/*", at);
        return open >= 0 && source.lastIndexOf("*/", at) < open;
    }

    /** The comment before its block tags. */
    private static String mainText(String comment) {
        Matcher tag = TAG.matcher(comment);
        return tag.find() ? comment.substring(0, tag.start()) : comment;
    }

    private static Optional<String> param(String comment, String name) {
        Matcher tag = TAG.matcher(comment);
        while (tag.find()) {
            if (!tag.group(1).equals("param")) {
                continue;
            }
            String rest = comment.substring(tag.end());
            if (!rest.startsWith(name) || rest.length() > name.length() && !Character.isWhitespace(rest.charAt(name.length()))) {
                continue;
            }
            Matcher next = TAG.matcher(rest);
            String text = next.find() ? rest.substring(0, next.start()) : rest;
            String plain = plain(text.substring(name.length()));
            return plain.isEmpty() ? Optional.empty() : Optional.of(plain);
        }
        return Optional.empty();
    }

    /** The first sentence: up to the first full stop before a space, not counting e.g. and i.e.; else the first paragraph. */
    private static String firstSentence(String text) {
        String paragraph = text.split("(?i)<p>|<pre>|<ul>|<h\\d>|\\n\\s*\\n", 2)[0];
        String plain = plain(paragraph);
        Matcher stop = Pattern.compile("(?<!\\be\\.g)(?<!\\bi\\.e)\\.(\\s|$)").matcher(plain);
        return stop.find() ? plain.substring(0, stop.start() + 1) : plain;
    }

    /** Javadoc as plain words: {@code x} as `x`, a link as its name, HTML tags dropped, white space collapsed. */
    static String plain(String javadoc) {
        String text = INLINE.matcher(javadoc).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1).trim() + "`"));
        text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2).trim() : linkName(m.group(1))));
        text = text.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").trim();
    }

    /** {@code edu.yiban.core.archive.ArchiveEntry#points()} as {@code ArchiveEntry.points()}, {@code Over#TERM} as {@code TERM}. */
    private static String linkName(String target) {
        String[] parts = target.split("#", 2);
        String type = parts[0].substring(parts[0].lastIndexOf('.') + 1);
        String member = parts.length > 1 ? parts[1].replaceAll("\\(.*\\)", "()") : "";
        if (!member.isEmpty() && !member.endsWith(")")) {
            return member; // a constant or field: TERM
        }
        return type.isEmpty() ? member : member.isEmpty() ? type : type + "." + member;
    }

    private static String read(Path source) {
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
