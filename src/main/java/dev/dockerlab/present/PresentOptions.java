package dev.dockerlab.present;

import dev.dockerlab.render.Theme;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How a lesson is presented.
 *
 * @param auto        play through without keys
 * @param pause       with auto: how long each step stays on screen
 * @param typingDelay the time between two typed characters; zero types at once
 * @param keys        a file of key lines to read instead of the keyboard or stdin
 * @param force       also remove declared objects that dockerlab did not make
 * @param theme       the colours, for the background the audience sees
 */
public record PresentOptions(boolean auto, Duration pause, Duration typingDelay, Optional<Path> keys, boolean force,
                             Theme theme) {
}
