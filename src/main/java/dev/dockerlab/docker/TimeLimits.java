package dev.dockerlab.docker;

import dev.dockerlab.failure.BadInput;

import java.time.Duration;
import java.util.Map;

/**
 * How long dockerlab waits on the daemon, asked directly or through a process
 * that talks to it: the first contact, a plain request, a lesson's setup,
 * solution or cleanup script (which may build an image), and one command
 * check. Each may be set in the environment, in whole seconds.
 */
public record TimeLimits(Duration firstContact, Duration request, Duration script, Duration command) {

    public static final String DAEMON_VARIABLE = "DOCKERLAB_DAEMON_TIMEOUT";
    public static final String SCRIPT_VARIABLE = "DOCKERLAB_SCRIPT_TIMEOUT";
    public static final String COMMAND_VARIABLE = "DOCKERLAB_COMMAND_TIMEOUT";

    public static final TimeLimits DEFAULT = new TimeLimits(Duration.ofSeconds(5), Duration.ofSeconds(30),
            Duration.ofSeconds(300), Duration.ofSeconds(30));

    /** The defaults, but for what the environment sets; DOCKERLAB_DAEMON_TIMEOUT bounds the first contact too. */
    public static TimeLimits fromEnvironment(Map<String, String> env) {
        Duration daemon = seconds(env, DAEMON_VARIABLE, null);
        return new TimeLimits(daemon == null ? DEFAULT.firstContact : daemon, daemon == null ? DEFAULT.request : daemon,
                seconds(env, SCRIPT_VARIABLE, DEFAULT.script), seconds(env, COMMAND_VARIABLE, DEFAULT.command));
    }

    private static Duration seconds(Map<String, String> env, String variable, Duration fallback) {
        String seconds = env.get(variable);
        if (seconds == null || seconds.isBlank()) {
            return fallback;
        }
        try {
            Duration bound = Duration.ofSeconds(Long.parseLong(seconds.strip()));
            if (!bound.isNegative() && !bound.isZero()) {
                return bound;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new BadInput(variable + "=" + seconds + " is not a number of seconds; set it to a whole "
                + "number such as 30, or unset it for the default.");
    }
}
