package io.muster.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's image as Jib wrote it ({@code target/jib-image.tar}, an OCI image layout), unpacked: its index,
 * manifest and configuration, and its layers applied in order into a root file system, as a container runtime
 * would (as root here, so owners and modes are the layers' own).
 */
record OciImage(String service, String reference, JsonNode config, List<String> layerDigests, Path rootfs) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static OciImage unpack(String service, Path workDirectory) {
        Path tarball = Repository.path(service + "/target/jib-image.tar");
        if (!Files.isRegularFile(tarball)) {
            throw new IllegalStateException(tarball + " is missing: build with the images profile (-Pimages)");
        }
        Path layout = workDirectory.resolve(service + "-layout");
        Path rootfs = workDirectory.resolve(service + "-rootfs");
        try {
            Files.createDirectories(layout);
            Files.createDirectories(rootfs);
            run("tar", "-xf", tarball.toString(), "-C", layout.toString());
            JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
            JsonNode descriptor = index.path("manifests").get(0);
            JsonNode manifest = JSON.readTree(
                    blob(layout, descriptor.path("digest").asString()).toFile());
            JsonNode config = JSON.readTree(
                    blob(layout, manifest.path("config").path("digest").asString())
                            .toFile());
            List<String> layers = new ArrayList<>();
            for (JsonNode layer : manifest.path("layers")) {
                String digest = layer.path("digest").asString();
                layers.add(digest);
                run(
                        "tar",
                        "--warning=no-unknown-keyword",
                        "--numeric-owner",
                        "-xzf",
                        blob(layout, digest).toString(),
                        "-C",
                        rootfs.toString());
            }
            String reference = descriptor
                    .path("annotations")
                    .path("org.opencontainers.image.ref.name")
                    .asString();
            return new OciImage(service, reference, config, layers, rootfs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of one layer, as listed by tar ({@code opt/java/bin/java}). */
    List<String> layerFiles(String digest) {
        Path blob = rootfs.resolveSibling(service + "-layout").resolve("blobs/sha256/" + digest.substring(7));
        return List.of(run("tar", "--warning=no-unknown-keyword", "-tzf", blob.toString())
                .split("\n"));
    }

    List<String> entrypoint() {
        List<String> entrypoint = new ArrayList<>();
        config.path("config").path("Entrypoint").forEach(n -> entrypoint.add(n.asString()));
        return entrypoint;
    }

    /** The image's environment ({@code PATH=/opt/java/bin}). */
    Map<String, String> environment() {
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        config.path("config").path("Env").forEach(n -> {
            String entry = n.asString();
            environment.put(entry.substring(0, entry.indexOf('=')), entry.substring(entry.indexOf('=') + 1));
        });
        return environment;
    }

    private static Path blob(Path layout, String digest) {
        return layout.resolve("blobs/sha256/" + digest.substring("sha256:".length()));
    }

    static String run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
