package io.muster.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

class SharedPollsTests {

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final AtomicInteger polls = new AtomicInteger();
    private final List<Integer> values = new ArrayList<>(List.of(1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3));

    private final SharedPolls<String, Integer> shared = new SharedPolls<>(
            key -> Mono.fromSupplier(() -> values.get(Math.min(polls.getAndIncrement(), values.size() - 1))),
            Duration.ofSeconds(1),
            time);

    @Test
    void twoViewersOfOneIncidentShareOnePoll() {
        List<Integer> first = new ArrayList<>(), second = new ArrayList<>();
        Disposable one = shared.follow("incident").subscribe(first::add);
        Disposable two = shared.follow("incident").subscribe(second::add);

        time.advanceTimeBy(Duration.ofSeconds(5));

        assertThat(polls).hasValue(6); // ticks at 0, 1, 2, 3, 4 and 5 s: once each, not once per viewer
        assertThat(first).containsExactly(1, 2, 3);
        assertThat(second).containsExactly(1, 2, 3);
        one.dispose();
        two.dispose();
    }

    @Test
    void aLateViewerGetsTheLatestValueAtOnceWithoutAnotherPoll() {
        Disposable one = shared.follow("incident").subscribe();
        time.advanceTimeBy(Duration.ofMillis(2500));
        int before = polls.get();
        List<Integer> late = new ArrayList<>();

        Disposable two = shared.follow("incident").subscribe(late::add);

        assertThat(late).containsExactly(2);
        assertThat(polls).hasValue(before);
        one.dispose();
        two.dispose();
    }

    @Test
    void thePollStopsWhenTheLastViewerLeavesAndStartsAgainForTheNext() {
        Disposable one = shared.follow("incident").subscribe();
        Disposable two = shared.follow("incident").subscribe();
        time.advanceTimeBy(Duration.ofSeconds(1));
        one.dispose();
        assertThat(shared.polling()).isEqualTo(1);

        two.dispose();
        int stoppedAt = polls.get();
        time.advanceTimeBy(Duration.ofSeconds(5));

        assertThat(shared.polling()).isZero();
        assertThat(polls).hasValue(stoppedAt);
        List<Integer> again = new ArrayList<>();
        Disposable three = shared.follow("incident").subscribe(again::add);
        time.advanceTime();
        assertThat(again).hasSize(1);
        assertThat(polls).hasValue(stoppedAt + 1);
        three.dispose();
    }

    @Test
    void eachIncidentHasItsOwnPoll() {
        Disposable one = shared.follow("one").subscribe();
        Disposable two = shared.follow("two").subscribe();
        time.advanceTime();

        assertThat(shared.polling()).isEqualTo(2);
        assertThat(polls).hasValue(2);
        one.dispose();
        two.dispose();
    }
}
