package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackConsoleTests {

    private final List<String> done = new ArrayList<>();
    private final StackControl stack = new StackControl() {
        @Override
        public List<String> parts() {
            return List.of("postgres", "kafka", "notifier");
        }

        @Override
        public void kill(String name) {
            known(name);
            done.add("kill " + name);
        }

        @Override
        public void stop(String name) {
            known(name);
            done.add("stop " + name);
        }

        @Override
        public void start(String name) {
            known(name);
            done.add("start " + name);
        }

        private void known(String name) {
            if (!parts().contains(name)) {
                throw new IllegalArgumentException("No part named '" + name + "'");
            }
        }
    };

    @Test
    void eachLineActsOnTheNamedPartAndSaysWhenItIsDone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String typed = "kill notifier\nstart notifier\n\nrestart kafka\nstop postgres\n";

        new StackConsole(stack, new PrintStream(out, true, StandardCharsets.UTF_8))
                .run(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)));

        assertThat(done)
                .containsExactly("kill notifier", "start notifier", "kill kafka", "start kafka", "stop postgres");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("kill notifier: done in", "restart kafka: done in");
    }

    @Test
    void anUnknownPartIsNamedInTheAnswerAndNothingHappens() {
        String answer = new StackConsole(stack, System.out).execute("kill broker");

        assertThat(answer).contains("kill broker failed", "No part named 'broker'");
        assertThat(done).isEmpty();
    }

    @Test
    void anythingElseGetsTheListOfCommands() {
        StackConsole console = new StackConsole(stack, System.out);

        assertThat(console.execute("dance")).isEqualTo(StackConsole.HELP);
        assertThat(console.execute("kill")).isEqualTo(StackConsole.HELP);
        assertThat(console.execute("parts")).isEqualTo("parts: postgres, kafka, notifier");
    }
}
