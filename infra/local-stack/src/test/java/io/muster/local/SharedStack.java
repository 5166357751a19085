package io.muster.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One running stack (the three services on the run command's infrastructure, {@code muster.instances}
 * instances of each: two in the build, so every end-to-end test runs against two instances of each service
 * behind nothing but their own ports and the gateway's balancer) for every test class
 * of this module: started by the first class that asks for it, stopped when the test run ends.
 * Starting it takes most of this module's time, so the classes share it and keep their data apart
 * (unique titles, their own demo people).
 */
final class SharedStack implements AutoCloseable {

    private final Path dataDirectory;
    private final LocalStack stack;
    private final StackClient client;
    private @Nullable StackDatabase database;

    private SharedStack(Path dataDirectory, LocalStack stack, StackClient client) {
        this.dataDirectory = dataDirectory;
        this.stack = stack;
        this.client = client;
    }

    LocalStack stack() {
        return stack;
    }

    StackClient client() {
        return client;
    }

    /** The stack's PostgreSQL as a test reads it (the gateway's indexes, the incident-service's rows); one for all. */
    synchronized StackDatabase database() {
        if (database == null) {
            database = new StackDatabase(stack.settings());
        }
        return database;
    }

    private static SharedStack start() {
        try {
            Path dataDirectory = Files.createTempDirectory("muster-e2e");
            Path repository = Path.of(System.getProperty("muster.repository"));
            StackSettings settings = new StackSettings(
                    dataDirectory,
                    StackPorts.free(Integer.getInteger("muster.instances", 1)),
                    ServiceJars.builtIn(repository, System.getProperty("muster.version")),
                    LocalSecrets.loadOrCreate(dataDirectory),
                    jvmOptions(System.getProperty("muster.services.jvm-options", "")));
            return new SharedStack(dataDirectory, LocalStack.start(settings), new StackClient(settings));
        } catch (IOException e) {
            throw new IllegalStateException("The stack did not start", e);
        }
    }

    /** The services' extra JVM options, space-separated (the build's {@code muster.services.jvm-options}). */
    private static List<String> jvmOptions(String options) {
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    @Override
    public void close() throws IOException {
        if (database != null) {
            try {
                database.close();
            } catch (java.sql.SQLException e) {
                // the stack goes down next: nothing more to read from it
            }
        }
        stack.close();
        keepLogs();
        try (Stream<Path> paths = Files.walk(dataDirectory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The processes' logs outlive the stack's data, in {@code target/stack-logs}: what a failed run is read from. */
    private void keepLogs() throws IOException {
        Path logs = dataDirectory.resolve("logs");
        Path kept = Path.of("target", "stack-logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        Files.createDirectories(kept);
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, kept.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Hands the shared stack to a test class's {@code @BeforeAll} method. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SharedStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot()
                    .getStore(ExtensionContext.Namespace.create(SharedStack.class))
                    .computeIfAbsent(SharedStack.class, key -> start(), SharedStack.class);
        }
    }
}
