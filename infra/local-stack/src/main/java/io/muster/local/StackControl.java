package io.muster.local;

import java.util.List;

/** Taking one named part of a running stack down and bringing it back: what the console and the fault suite do. */
interface StackControl {

    /** The names of the parts that run as processes of their own, in start order. */
    List<String> parts();

    /** {@code kill -9} of the part's processes; the rest of the stack runs on. */
    void kill(String name);

    /** Stops the part as an operator would; the rest of the stack runs on. */
    void stop(String name);

    /** Starts the part again with the same command and waits until it is ready. */
    void start(String name);
}
