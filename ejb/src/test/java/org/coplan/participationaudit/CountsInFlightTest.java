package org.coplan.participationaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CountsInFlightTest {

    private final CountsInFlight inFlight = new CountsInFlight();

    @Test
    void managersWhoAskWhileACountRunsShareTheNextOneAndNeverGetTheOlderOne() throws Exception {
        AtomicInteger counts = new AtomicInteger();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Future<Integer> first = pool.submit(() -> inFlight.share("ADULTS", () -> {
                int n = counts.incrementAndGet();
                firstStarted.countDown();
                await(releaseFirst);
                return n;
            }));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // Five more ask while the first count runs: what was counted before they asked is not for them.
            List<Future<Integer>> later = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                later.add(pool.submit(() -> inFlight.share("ADULTS", counts::incrementAndGet)));
            }
            Thread.sleep(500);
            releaseFirst.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            for (Future<Integer> f : later) {
                assertThat(f.get(10, TimeUnit.SECONDS)).as("the count started after they asked").isEqualTo(2);
            }
            assertThat(counts.get()).as("six requests, two counts").isEqualTo(2);
            // Another key is never held up by this one, and a later request counts afresh.
            assertThat(inFlight.share("CHILDREN", () -> 10)).isEqualTo(10);
            assertThat(inFlight.share("ADULTS", counts::incrementAndGet)).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCountThatFailsFailsItsCallersAndTheNextCountRuns() {
        assertThatThrownBy(() -> inFlight.share("ADULTS", () -> {
            throw new IllegalStateException("database gone");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(inFlight.share("ADULTS", () -> 7)).isEqualTo(7);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
