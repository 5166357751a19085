package io.muster.deploy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the root pom tells Jib to build: each service's image name and the user its processes run as. */
final class JibSettings {

    private JibSettings() {}

    /** {@code muster/notifier:0.1.0-SNAPSHOT} for the notifier. */
    static String image(String service) {
        return plugin("<to>\\s*<image>([^<]+)</image>")
                .replace("${project.artifactId}", service)
                .replace("${project.version}", Repository.version());
    }

    /** The numeric user id of the images' user ({@code 10001} of {@code 10001:0}). */
    static long userId() {
        return Long.parseLong(plugin("<user>([^<]+)</user>").split(":")[0]);
    }

    static long groupId() {
        return Long.parseLong(plugin("<user>([^<]+)</user>").split(":")[1]);
    }

    private static String plugin(String regex) {
        String pom = Repository.read(Repository.path("pom.xml"));
        int jib = pom.indexOf("<artifactId>jib-maven-plugin</artifactId>");
        if (jib < 0) {
            throw new IllegalStateException("the root pom manages no jib-maven-plugin");
        }
        Matcher matcher = Pattern.compile(regex).matcher(pom.substring(jib));
        if (!matcher.find()) {
            throw new IllegalStateException("the root pom's jib-maven-plugin has no " + regex);
        }
        return matcher.group(1).trim();
    }
}
