package io.muster.container;

import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The images' health check, for runtimes that run one inside the container (compose's {@code healthcheck}): the
 * images have no shell and no curl, only the Java runtime. Exits 0 when the URL answers 200 within two seconds,
 * 1 otherwise. Kubernetes does not need it: its probes call the health groups over HTTP themselves.
 *
 * <pre>java -cp /opt/muster/healthcheck io.muster.container.HealthCheck http://127.0.0.1:8080/actuator/health/readiness</pre>
 */
public final class HealthCheck {

    private HealthCheck() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: HealthCheck <url>");
            System.exit(2);
        }
        System.exit(answersOk(args[0]) ? 0 : 1);
    }

    static boolean answersOk(String url) {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status == 200;
        } catch (Exception e) {
            System.err.println(url + ": " + e);
            return false;
        }
    }
}
