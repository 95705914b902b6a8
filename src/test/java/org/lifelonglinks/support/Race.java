package org.lifelonglinks.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Requests sent at the same moment: each on its own thread, all released by one latch. */
public final class Race {

    private Race() {
    }

    /** The answers in the order the requests were given. */
    @SafeVarargs
    public static List<Api.Response> of(Supplier<Api.Response>... requests) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(requests.length)) {
            var futures = new ArrayList<Future<Api.Response>>();
            for (var request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.get();
                }));
            }
            start.countDown();
            var answers = new ArrayList<Api.Response>();
            for (var future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }
}
