package dev.dockerlab.classroom.server;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * How a class server runs: where it listens, its instructor token, the join
 * codes of its classes (more are found in the data folder), where it keeps
 * them, when a learner counts as stuck, and its limits.
 */
public record ServerOptions(InetAddress bind, int port, String token, List<String> joinCodes, Path dataDir,
                            Duration stuckAfter, Limits limits, Clock clock) {

    /** Requests a client may make: a burst, then so many a second. */
    public record Rate(int burst, double perSecond) {
    }

    /**
     * Joins are limited per address (a whole room may share one, behind a
     * router, so the burst is large); events per learner key.
     */
    public record Limits(Rate joinsPerAddress, Rate eventsPerLearner, int maxLearnersPerClass, int maxExercisesPerClass,
                         int maxLiveViewers) {

        public static Limits standard() {
            return new Limits(new Rate(100, 20), new Rate(20, 5), 1000, 500, 50);
        }
    }

    public ServerOptions {
        joinCodes = List.copyOf(joinCodes);
    }
}
