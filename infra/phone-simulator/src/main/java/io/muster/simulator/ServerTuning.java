package io.muster.simulator;

/** JDK HTTP server settings that matter for many small keep-alive requests. */
final class ServerTuning {

    private ServerTuning() {}

    /** Applied before the first server starts, unless the user set them already. */
    static void apply() {
        // Without TCP_NODELAY, small answers on a kept-alive connection can wait for delayed ACKs (~40 ms).
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        System.getProperties().putIfAbsent("sun.net.httpserver.maxIdleConnections", "1000");
    }
}
