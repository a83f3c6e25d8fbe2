package dev.dockerlab.present;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

import java.time.Duration;

/**
 * Types a command out at a prompt, a character at a time, the way a person
 * at the keyboard would, so the audience reads along. The cursor stays at the
 * end of the command, as in a shell before Enter; continuation lines of a
 * command get the shell's "> ".
 */
final class Typist {

    static final String PROMPT = "$ ";
    static final String CONTINUATION = "> ";

    private static final AttributedStyle COMMAND_STYLE = AttributedStyle.BOLD;

    private final Stage stage;
    private final Duration delay;
    private final AttributedStyle promptStyle;

    Typist(Stage stage, Duration delay) {
        this.stage = stage;
        this.delay = delay;
        this.promptStyle = stage.theme().accent();
    }

    void type(String command) {
        stage.show(new AttributedString(PROMPT, promptStyle));
        command.codePoints().forEach(character -> {
            if (character == '\n') {
                stage.endLine();
                stage.show(new AttributedString(CONTINUATION, promptStyle));
            } else {
                stage.show(new AttributedString(Character.toString(character), COMMAND_STYLE));
            }
            pause();
        });
    }

    private void pause() {
        if (delay.isZero() || Thread.currentThread().isInterrupted()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
