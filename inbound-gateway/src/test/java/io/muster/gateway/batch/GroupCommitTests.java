package io.muster.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class GroupCommitTests {

    private static final Duration LONG = Duration.ofMinutes(1);

    /** A statement that records each batch and completes only when the test says so. */
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();

    private final List<Sinks.One<List<String>>> running = new CopyOnWriteArrayList<>();

    private Mono<List<String>> heldStatement(List<String> rows) {
        batches.add(rows);
        Sinks.One<List<String>> done = Sinks.one();
        running.add(done);
        return done.asMono();
    }

    private void completeStatement(int index) {
        List<String> rows = batches.get(index);
        running.get(index).tryEmitValue(rows.stream().map(String::toUpperCase).toList());
    }

    @Test
    void writesARowAtOnceWhenNoStatementIsRunning() {
        var commit = new GroupCommit<String, String>(
                10,
                1,
                10_000,
                LONG,
                rows -> Mono.just(rows.stream().map(String::toUpperCase).toList()));

        assertThat(commit.submit("a").block()).isEqualTo("A");
    }

    @Test
    void rowsArrivingWhileAStatementRunsShareTheNextStatementAndWaitForIt() {
        var commit = new GroupCommit<String, String>(10, 1, 10_000, LONG, this::heldStatement);

        CompletableFuture<String> a = commit.submit("a").toFuture();
        CompletableFuture<String> b = commit.submit("b").toFuture();
        CompletableFuture<String> c = commit.submit("c").toFuture();

        assertThat(batches).containsExactly(List.of("a"));
        completeStatement(0);
        assertThat(a).isCompletedWithValue("A");
        assertThat(batches).containsExactly(List.of("a"), List.of("b", "c"));
        assertThat(b).isNotDone();
        completeStatement(1);
        assertThat(b).isCompletedWithValue("B");
        assertThat(c).isCompletedWithValue("C");
    }

    @Test
    void runsAsManyStatementsAtOnceAsAllowedAndNoMoreRowsPerStatementThanTheMaximum() {
        var commit = new GroupCommit<String, String>(2, 2, 10_000, LONG, this::heldStatement);

        List<CompletableFuture<String>> results = List.of("a", "b", "c", "d", "e", "f").stream()
                .map(row -> commit.submit(row).toFuture())
                .toList();

        assertThat(batches).containsExactly(List.of("a"), List.of("b"));
        completeStatement(0);
        completeStatement(1);
        assertThat(batches).containsExactly(List.of("a"), List.of("b"), List.of("c", "d"), List.of("e", "f"));
        completeStatement(2);
        completeStatement(3);
        assertThat(results).allSatisfy(result -> assertThat(result).isDone());
        assertThat(results.getLast()).isCompletedWithValue("F");
    }

    @Test
    void aFailedStatementFailsEveryRowItCarriedAndTheNextRowsStillGetWritten() {
        var commit = new GroupCommit<String, String>(
                10,
                1,
                10_000,
                LONG,
                rows -> rows.contains("bad") ? Mono.error(new IllegalStateException("refused")) : Mono.just(rows));

        assertThatThrownBy(() -> commit.submit("bad").block()).hasMessageContaining("refused");
        assertThat(commit.submit("good").block()).isEqualTo("good");
    }

    @Test
    void aStatementThatAnswersForOtherRowsFailsItsCallersInsteadOfLeavingThemWaiting() {
        var commit = new GroupCommit<String, String>(10, 1, 10_000, LONG, rows -> Mono.just(List.of()));

        assertThatThrownBy(() -> commit.submit("a").toFuture().get())
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("answered for other rows");
    }

    @Test
    void aBatchStillRunningAfterTheTimeoutFailsItsRowsAndFreesItsPlaceForTheNext() {
        var commit = new GroupCommit<String, String>(
                10, 1, 10_000, Duration.ofMillis(200), rows -> rows.contains("stuck") ? Mono.never() : Mono.just(rows));

        StepVerifier.create(commit.submit("stuck"))
                .expectError(TimeoutException.class)
                .verify(Duration.ofSeconds(10));
        assertThat(commit.submit("next").block(Duration.ofSeconds(10))).isEqualTo("next");
    }

    @Test
    void aFullQueueRefusesARowAtOnceAndTakesRowsAgainOnceItDrains() {
        var commit = new GroupCommit<String, String>(10, 1, 2, LONG, this::heldStatement);
        CompletableFuture<String> a = commit.submit("a").toFuture();
        CompletableFuture<String> b = commit.submit("b").toFuture();
        CompletableFuture<String> c = commit.submit("c").toFuture();

        StepVerifier.create(commit.submit("d"))
                .expectError(GroupCommit.Full.class)
                .verify(Duration.ofSeconds(5));

        assertThat(commit.queued()).isEqualTo(2);
        completeStatement(0);
        assertThat(a).isCompletedWithValue("A");
        assertThat(batches).containsExactly(List.of("a"), List.of("b", "c"));
        CompletableFuture<String> d = commit.submit("d").toFuture();
        completeStatement(1);
        completeStatement(2);
        assertThat(List.of(b, c, d)).allSatisfy(result -> assertThat(result).isDone());
    }

    @Test
    void aRowWhoseCallerGaveUpIsDroppedBeforeAnyStatementCarriesIt() {
        var commit = new GroupCommit<String, String>(10, 1, 10_000, LONG, this::heldStatement);
        commit.submit("a").toFuture();
        var abandoned = commit.submit("gave-up").subscribe();
        CompletableFuture<String> c = commit.submit("c").toFuture();

        abandoned.dispose();
        completeStatement(0);

        assertThat(batches).containsExactly(List.of("a"), List.of("c"));
        assertThat(commit.queued()).isZero();
        completeStatement(1);
        assertThat(c).isCompletedWithValue("C");
    }
}
