package io.muster.notifier.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class GroupCommitTests {

    @Test
    void rowsQueuedWhileAStatementRunsShareTheNextStatementAndEachCallerGetsItsOwnAnswer() throws Exception {
        CountDownLatch firstStatementRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<List<Integer>> statements = new CopyOnWriteArrayList<>();
        try (GroupCommit<Integer, String> writes = new GroupCommit<>("test", 1, 100, rows -> {
                    statements.add(rows);
                    if (statements.size() == 1) {
                        firstStatementRunning.countDown();
                        await(releaseFirst);
                    }
                    return rows.stream().map(row -> "row " + row).toList();
                });
                ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> first = callers.submit(() -> writes.submit(0));
            firstStatementRunning.await();
            List<Future<String>> queued = IntStream.rangeClosed(1, 20)
                    .mapToObj(row -> callers.submit(() -> writes.submit(row)))
                    .toList();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> writes.queued() == 20);
            releaseFirst.countDown();

            assertThat(first.get()).isEqualTo("row 0");
            for (int row = 1; row <= 20; row++) {
                assertThat(queued.get(row - 1).get()).isEqualTo("row " + row);
            }
        }
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1)).hasSize(20);
    }

    @Test
    void aFailedStatementFailsEveryRowItCarried() {
        try (GroupCommit<Integer, String> writes = new GroupCommit<>("test", 1, 100, rows -> {
            throw new IllegalStateException("database gone");
        })) {
            assertThatThrownBy(() -> writes.submit(1))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("database gone");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
