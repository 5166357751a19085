package io.muster.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Commands typed into the run command's terminal, to take one part of the running stack down and bring it
 * back by hand: {@code kill NAME} (kill -9), {@code stop NAME}, {@code start NAME}, {@code restart NAME}
 * (kill -9, then start with the same command), {@code parts}. A command that fails says why; the stack runs on.
 */
final class StackConsole {

    static final String HELP = "commands: kill NAME | stop NAME | start NAME | restart NAME | parts";

    private final StackControl stack;
    private final PrintStream out;

    StackConsole(StackControl stack, PrintStream out) {
        this.stack = stack;
        this.out = out;
    }

    /** Reads commands until the input ends (a launcher run without a terminal reads nothing). */
    void run(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isBlank()) {
                out.println(execute(line.strip()));
            }
        }
    }

    String execute(String command) {
        String[] words = command.split("\\s+");
        try {
            return switch (words[0]) {
                case "parts" -> "parts: " + String.join(", ", stack.parts());
                case "kill", "stop", "start", "restart" -> words.length == 2 ? act(words[0], words[1]) : HELP;
                default -> HELP;
            };
        } catch (RuntimeException e) {
            return words[0] + " " + (words.length > 1 ? words[1] : "") + " failed: " + e.getMessage();
        }
    }

    private String act(String verb, String name) {
        long started = System.nanoTime();
        switch (verb) {
            case "kill" -> stack.kill(name);
            case "stop" -> stack.stop(name);
            case "start" -> stack.start(name);
            default -> {
                stack.kill(name);
                stack.start(name);
            }
        }
        return "%s %s: done in %d ms".formatted(verb, name, (System.nanoTime() - started) / 1_000_000);
    }
}
