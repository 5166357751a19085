package io.muster.simulator.voice;

import io.muster.simulator.CallScript;
import io.muster.simulator.CallScript.Step;
import java.util.Iterator;

/** Plays a caller's script step by step on the call's own thread; once it runs out the caller stays silent. */
final class ScriptedCaller {

    private final Iterator<Step> steps;

    ScriptedCaller(CallScript script) {
        this.steps = script.steps().iterator();
    }

    Step next() {
        return steps.hasNext() ? steps.next() : Step.silence();
    }
}
