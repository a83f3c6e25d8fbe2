package dev.dockerlab.classroom.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by client (an address or a learner key): a burst, then a
 * steady rate. A refused request learns how many seconds to wait.
 */
final class RateLimiter {

    /** Past this many clients, full buckets are forgotten: an idle client is not remembered forever. */
    private static final int FORGET_ABOVE = 10_000;

    private final ServerOptions.Rate rate;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(ServerOptions.Rate rate, LongSupplier nanos) {
        this.rate = rate;
        this.nanos = nanos;
    }

    /** Takes one request's token for {@code client}, or throws a 429 refusal. */
    void take(String client) {
        if (buckets.size() > FORGET_ABOVE) {
            long now = nanos.getAsLong();
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        long waitSeconds = buckets.computeIfAbsent(client, c -> new Bucket(rate.burst(), nanos.getAsLong()))
                .take(nanos.getAsLong());
        if (waitSeconds > 0) {
            throw Refusal.tooMany(waitSeconds);
        }
    }

    private final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / rate.perSecond());
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= rate.burst();
        }

        private void refill(long now) {
            tokens = Math.min(rate.burst(), tokens + (now - at) / 1e9 * rate.perSecond());
            at = now;
        }
    }
}
