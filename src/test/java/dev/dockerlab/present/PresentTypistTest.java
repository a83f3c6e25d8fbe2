package dev.dockerlab.present;

import dev.dockerlab.render.Glyphs;
import dev.dockerlab.render.Theme;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PresentTypistTest {

    @Test
    void typesAtAPromptAndLeavesTheCursorAfterTheCommand() {
        StringWriter out = new StringWriter();

        new Typist(Stage.plain(new PrintWriter(out), Glyphs.UNICODE, Theme.DARK), Duration.ZERO).type("if true; then\n  echo yes\nfi");

        assertThat(out.toString()).isEqualTo("$ if true; then\n>   echo yes\n> fi");
    }

    @Test
    void takesItsTimeOverEachCharacter() {
        StringWriter out = new StringWriter();
        long started = System.nanoTime();

        new Typist(Stage.plain(new PrintWriter(out), Glyphs.UNICODE, Theme.DARK), Duration.ofMillis(20)).type("docker ps");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(9 * 20));
        assertThat(out.toString()).isEqualTo("$ docker ps");
    }
}
