package io.muster.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The run command: {@code LocalStackApplication [--reset] [--instances=N] [--data-dir=DIR] [--repo=DIR]}.
 * {@code --instances=N} (or {@code MUSTER_LOCAL_INSTANCES}; default 1) runs N instances of each service on
 * the same broker and database. Data is kept in {@code ~/.muster/local} between runs unless {@code --reset} is given; Ctrl-C or SIGTERM
 * stops everything that was started. While it runs, commands typed into its terminal kill, stop and
 * start one part ({@link StackConsole}).
 */
public final class LocalStackApplication {

    private LocalStackApplication() {}

    public static void main(String[] args) throws InterruptedException, IOException {
        Options options = Options.parse(args);
        if (options.reset()) {
            deleteRecursively(options.dataDirectory());
        }
        StackSettings settings = new StackSettings(
                options.dataDirectory(),
                StackPorts.documented(options.instances()),
                ServiceJars.builtIn(options.repository(), version()),
                LocalSecrets.loadOrCreate(options.dataDirectory()));
        LocalStack stack = LocalStack.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        System.out.println(Banner.of(settings, stack.parts()));
        new StackConsole(stack, System.out).run(System.in);
        new CountDownLatch(1).await();
    }

    record Options(Path dataDirectory, Path repository, boolean reset, int instances) {

        static final int MAX_INSTANCES = 9;

        static Options parse(String[] args) {
            Path data = Path.of(System.getProperty("user.home"), ".muster", "local");
            Path repository = Path.of("").toAbsolutePath();
            boolean reset = false;
            String instances = System.getenv().getOrDefault("MUSTER_LOCAL_INSTANCES", "1");
            for (String arg : args) {
                if (arg.equals("--reset")) {
                    reset = true;
                } else if (arg.startsWith("--instances=")) {
                    instances = arg.substring("--instances=".length());
                } else if (arg.startsWith("--data-dir=")) {
                    data = Path.of(arg.substring("--data-dir=".length()));
                } else if (arg.startsWith("--repo=")) {
                    repository = Path.of(arg.substring("--repo=".length()));
                } else {
                    throw new IllegalArgumentException(
                            "Unknown option " + arg + " (use --reset, --instances=N, --data-dir=DIR, --repo=DIR)");
                }
            }
            return new Options(data.toAbsolutePath(), repository.toAbsolutePath(), reset, instances(instances));
        }

        private static int instances(String value) {
            if (!value.strip().matches("[1-9]") || Integer.parseInt(value.strip()) > MAX_INSTANCES) {
                throw new IllegalArgumentException(
                        "--instances must be a whole number from 1 to " + MAX_INSTANCES + ", not '" + value + "'");
            }
            return Integer.parseInt(value.strip());
        }
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = LocalStackApplication.class.getResourceAsStream("/local-stack.properties")) {
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        new StaleProcesses(directory).stopLeftovers();
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reset " + directory, e);
        }
    }
}
