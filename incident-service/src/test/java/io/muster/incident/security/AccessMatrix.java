package io.muster.incident.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The expected role × endpoint matrix: every {@code access-matrix/*.csv} on the test class path
 * (header {@code method,path,allowed}; allowed is space-separated roles or {@code PUBLIC}).
 */
final class AccessMatrix {

    static final String PUBLIC = "PUBLIC";

    /** One endpoint and who may call it. */
    record Row(String file, int line, String method, String path, Set<String> allowed) {

        boolean isPublic() {
            return allowed.contains(PUBLIC);
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + file + ":" + line + ")";
        }
    }

    private AccessMatrix() {}

    static List<Row> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:access-matrix/*.csv");
            List<Row> rows = new ArrayList<>();
            for (Resource file : files) {
                rows.addAll(read(file));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Row> read(Resource file) throws IOException {
        List<String> lines =
                List.of(file.getContentAsString(StandardCharsets.UTF_8).split("\\R"));
        if (lines.isEmpty() || !lines.get(0).strip().equalsIgnoreCase("method,path,allowed")) {
            throw new IllegalStateException(file.getFilename() + ": the header must be method,path,allowed");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3) {
                throw new IllegalStateException(file.getFilename() + ":" + (i + 1) + ": expected 3 cells: " + line);
            }
            Set<String> allowed = Arrays.stream(cells[2].strip().split("\\s+"))
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            rows.add(new Row(file.getFilename(), i + 1, cells[0].strip().toUpperCase(), cells[1].strip(), allowed));
        }
        return rows;
    }
}
