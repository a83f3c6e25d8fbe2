package dev.dockerlab.present;

import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PresentKeysTest {

    @Test
    void scriptedLinesAreKeysAndTheEndOfInputQuits() {
        List<String> warnings = new ArrayList<>();
        Keys keys = new ScriptedKeys(new BufferedReader(new StringReader("\nspace\nENTER\nwhat\nb\n q \n")), warnings::add);

        List<Key> read = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            read.add(keys.next(Keys.Moment.COMMAND));
        }

        assertThat(read).containsExactly(Key.NEXT, Key.NEXT, Key.NEXT, Key.BACK, Key.QUIT, Key.QUIT);
        assertThat(warnings).containsExactly(
                "Key line \"what\" is not one of: an empty line, space, enter, b, q; skipped.",
                "The keys ended: quitting.");
    }

    @Test
    void terminalKeySequencesIncludeTheArrowAndPageKeysOfAClicker() throws IOException {
        String pressed = " \r\u001b[6~\u001bOC" + "b\u001b[5~\u001b[A" + "Q\u0003";
        try (Terminal terminal = dumbTerminal(pressed)) {
            TerminalKeys keys = new TerminalKeys(terminal);

            List<Key> read = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                read.add(keys.next(Keys.Moment.COMMAND));
            }

            assertThat(read).containsExactly(Key.NEXT, Key.NEXT, Key.NEXT, Key.NEXT, Key.BACK, Key.BACK, Key.BACK,
                    Key.QUIT, Key.QUIT);
        }
    }

    @Test
    void theSequencesOfOtherKeysAreSkippedWhole() throws IOException {
        // F2 (ESC O Q), F5 (ESC [ 15 ~), Ctrl-Right (ESC [ 1 ; 5 C), a lone ESC, then the arrow right
        try (Terminal terminal = dumbTerminal("\u001bOQ\u001b[15~\u001b[1;5Cx\u001b\u001b[C")) {
            TerminalKeys keys = new TerminalKeys(terminal);

            assertThat(keys.next(Keys.Moment.COMMAND)).isEqualTo(Key.NEXT);
            assertThat(keys.next(Keys.Moment.COMMAND)).as("the end of input").isEqualTo(Key.QUIT);
        }
    }

    @Test
    void theTerminalIsReadAKeyAtATimeSkippingOtherKeys() throws IOException {
        try (Terminal terminal = dumbTerminal("x\u001b[Cz b q")) {
            TerminalKeys keys = new TerminalKeys(terminal);

            assertThat(keys.next(Keys.Moment.COMMAND)).isEqualTo(Key.NEXT);
            assertThat(keys.next(Keys.Moment.COMMAND)).isEqualTo(Key.NEXT);
            assertThat(keys.next(Keys.Moment.COMMAND)).isEqualTo(Key.BACK);
            assertThat(keys.next(Keys.Moment.STEP_END)).isEqualTo(Key.NEXT);
            assertThat(keys.next(Keys.Moment.STEP_END)).isEqualTo(Key.QUIT);
            assertThat(keys.next(Keys.Moment.STEP_END)).as("the end of input").isEqualTo(Key.QUIT);
        }
    }

    @Test
    void keysAreReadRawWithoutEchoAndCommandsGetTheTerminalAsItWas() throws IOException {
        try (Terminal terminal = dumbTerminal("")) {
            Attributes.LocalFlag[] watched = {Attributes.LocalFlag.ECHO, Attributes.LocalFlag.ICANON, Attributes.LocalFlag.ISIG};
            Attributes cooked = terminal.getAttributes();
            cooked.setLocalFlags(EnumSet.copyOf(List.of(watched)), true);
            terminal.setAttributes(cooked);
            try (TerminalKeys keys = new TerminalKeys(terminal)) {
                assertThat(terminal.getAttributes().getLocalFlags()).as("raw, and Ctrl-C is a key").doesNotContain(watched);

                int status = keys.onNormalTerminal(() -> terminal.getAttributes().getLocalFlags().containsAll(List.of(watched)) ? 0 : 1);

                assertThat(status).isZero();
                assertThat(terminal.getAttributes().getLocalFlags()).doesNotContain(watched);
            }
            assertThat(terminal.getAttributes().getLocalFlags()).as("restored at the end").contains(watched);
        }
    }

    @Test
    void autoGoesOnByItselfAndATerminalKeyInterruptsItsPause() throws IOException {
        assertThat(new AutoKeys(Duration.ZERO, null).next(Keys.Moment.STEP_END)).isEqualTo(Key.NEXT);
        try (Terminal terminal = dumbTerminal("q")) {
            AutoKeys keys = new AutoKeys(Duration.ofSeconds(30), new TerminalKeys(terminal));

            long started = System.nanoTime();
            assertThat(keys.next(Keys.Moment.STEP_END)).isEqualTo(Key.QUIT);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    /** JLine's dumb terminal on piped streams: raw mode is only remembered, the keys are the stream's bytes. */
    private static Terminal dumbTerminal(String input) throws IOException {
        return new DumbTerminal("test", Terminal.TYPE_DUMB, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8);
    }
}
