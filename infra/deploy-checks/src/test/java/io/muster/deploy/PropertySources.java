package io.muster.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a service's property names come from: its {@code @ConfigurationProperties} records (read from the sources
 * of the service and of the project libraries it uses) and the configuration metadata Spring Boot's libraries ship
 * ({@code META-INF/spring-configuration-metadata.json} in the jars the service runs with, read from its boot jar).
 * Names are Spring's canonical form (lower case, dashed); {@code [*]} is a list index, {@code *} any remainder.
 */
final class PropertySources {

    private static final Pattern CONFIGURATION_PROPERTIES =
            Pattern.compile("@ConfigurationProperties\\(\\s*(?:(?:prefix|value)\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
    private static final Pattern RECORD = Pattern.compile("\\brecord\\s+(\\w+)\\s*(?:<[^>]*>)?\\s*\\(");
    private static final Pattern DECLARATION = Pattern.compile("\\b(?:record|class|interface|enum)\\s+\\w+");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\n]++|\\\\.)*+\"");
    private static final Pattern ANNOTATION = Pattern.compile("@[\\w.]+\\s*(?:\\([^()]*\\))?");
    private static final Pattern COLLECTION = Pattern.compile("(?:List|Set|Collection)<\\s*([\\w.]+)\\s*>");
    private static final Pattern MAP = Pattern.compile("Map<.*>");

    private PropertySources() {}

    /** The property names the service's own {@code @ConfigurationProperties} bind. */
    static Set<String> configurationProperties(List<Path> sourceRoots) {
        Map<String, String> records = new HashMap<>();
        List<String> sources = new ArrayList<>();
        List<Map<String, String>> fileRecords = new ArrayList<>();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(Repository.read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String source : sources) {
            String code = STRING_LITERAL.matcher(source).replaceAll("\"\"");
            Matcher record = RECORD.matcher(code);
            Map<String, String> own = new HashMap<>();
            while (record.find()) {
                own.putIfAbsent(record.group(1), header(code, record.end() - 1));
                records.putIfAbsent(record.group(1), header(code, record.end() - 1));
            }
            fileRecords.add(own);
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            // a nested record (Secondary) is the one of its own file before any other of that name
            Map<String, String> visible = new HashMap<>(records);
            visible.putAll(fileRecords.get(i));
            Matcher annotation = CONFIGURATION_PROPERTIES.matcher(source);
            while (annotation.find()) {
                String prefix = annotation.group(1);
                String code = STRING_LITERAL
                        .matcher(source.substring(annotation.end()))
                        .replaceAll("\"\"");
                Matcher declaration = DECLARATION.matcher(code);
                Matcher record = RECORD.matcher(code);
                boolean recordFollows = declaration.find() && record.find() && record.start() == declaration.start();
                if (recordFollows) {
                    components(prefix, visible.get(record.group(1)), visible, names, 0);
                } else {
                    // a bean method or a JavaBean: what it binds is Spring's own (e.g. Hikari's), any name below it
                    names.add(prefix + ".*");
                }
            }
        }
        return names;
    }

    private static void components(
            String prefix, String header, Map<String, String> records, Set<String> names, int depth) {
        if (header == null || depth > 5) {
            names.add(prefix + ".*");
            return;
        }
        for (String component : splitTopLevel(header)) {
            String declaration = component;
            String previous;
            do {
                previous = declaration;
                declaration = ANNOTATION.matcher(declaration).replaceAll(" ");
            } while (!declaration.equals(previous));
            declaration = declaration.replaceAll("\\s+", " ").trim();
            int space = declaration.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String type = declaration.substring(0, space).replace(" ", "");
            String name = prefix + "." + kebab(declaration.substring(space + 1));
            Matcher collection = COLLECTION.matcher(type);
            if (collection.matches()) {
                String element = simpleName(collection.group(1));
                if (records.containsKey(element)) {
                    components(name + "[*]", records.get(element), records, names, depth + 1);
                } else {
                    names.add(name);
                    names.add(name + "[*]");
                }
            } else if (MAP.matcher(type).matches()) {
                names.add(name + ".*");
            } else if (records.containsKey(simpleName(type))) {
                components(name, records.get(simpleName(type)), records, names, depth + 1);
            } else {
                names.add(name);
            }
        }
    }

    /** The configuration metadata of every library in the service's boot jar. */
    static Set<String> bootMetadata(Path bootJar) {
        Set<String> names = new LinkedHashSet<>();
        JsonMapper json = JsonMapper.builder().build();
        try (JarFile jar = new JarFile(bootJar.toFile())) {
            for (JarEntry entry : jar.stream().toList()) {
                if (entry.getName().startsWith("BOOT-INF/lib/")
                        && entry.getName().endsWith(".jar")) {
                    try (ZipInputStream library = new ZipInputStream(jar.getInputStream(entry))) {
                        ZipEntry inner;
                        while ((inner = library.getNextEntry()) != null) {
                            if (inner.getName().equals("META-INF/spring-configuration-metadata.json")
                                    || inner.getName()
                                            .equals("META-INF/additional-spring-configuration-metadata.json")) {
                                metadata(json.readTree(new NonClosing(library)), names);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(bootJar + ": " + e.getMessage(), e);
        }
        return names;
    }

    private static void metadata(JsonNode metadata, Set<String> names) {
        for (JsonNode property : metadata.path("properties")) {
            String name = property.path("name").asString();
            String type = property.path("type").asString("");
            names.add(name);
            if (type.startsWith("java.util.Map")) {
                names.add(name + ".*");
            } else if (type.startsWith("java.util.List") || type.endsWith("[]")) {
                names.add(name + "[*]");
            }
        }
    }

    /** The text between the parenthesis at {@code open} and its match. */
    private static String header(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return code.substring(open + 1, i);
            }
        }
        return "";
    }

    private static List<String> splitTopLevel(String header) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '(' || c == '<') {
                depth++;
            } else if (c == ')' || c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(header.substring(start, i));
                start = i + 1;
            }
        }
        if (!header.substring(start).isBlank()) {
            parts.add(header.substring(start));
        }
        return parts;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** Lets Jackson read one entry of a nested jar without closing the whole stream. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}
