package dev.dockerlab.classroom.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The on-disk queue of class events: numbered once, kept across sessions, whole lines only. */
class OutboxTest {

    @TempDir
    Path folder;

    private static ObjectNode event(String type) {
        return new ObjectMapper().createObjectNode().put("type", type);
    }

    @Test
    void eventsAreNumberedFromOneAndTheNumberingOutlivesTheSessionAndTheSending() throws Exception {
        Outbox first = new Outbox(folder);
        first.add(event("joined"));
        first.add(event("step"));
        first.remove(Set.of(1L, 2L));

        long seq = new Outbox(folder).add(event("hint"));

        assertThat(seq).as("a seq is never used twice for one learner, though the outbox was emptied").isEqualTo(3);
        assertThat(new Outbox(folder).oldest(100, 1 << 16)).extracting(Outbox.Queued::seq).containsExactly(3L);
    }

    @Test
    void aLineCutShortByAKilledSessionIsLeftOutAndTheNextEventStartsAFreshLine() throws Exception {
        Outbox outbox = new Outbox(folder);
        outbox.add(event("joined"));
        Files.writeString(folder.resolve("outbox.jsonl"), "{\"type\":\"step\",\"se", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        outbox.add(event("hint"));

        assertThat(outbox.oldest(100, 1 << 16)).extracting(queued -> queued.seq() + " " + queued.json())
                .containsExactly("1 {\"type\":\"joined\",\"seq\":1}", "2 {\"type\":\"hint\",\"seq\":2}");
    }

    @Test
    void aQueueAtItsLimitLetsTheOldestEventGo() throws Exception {
        Outbox outbox = new Outbox(folder, 3);
        for (String type : new String[] {"joined", "step", "judged", "hint"}) {
            outbox.add(event(type));
        }

        assertThat(outbox.oldest(100, 1 << 16)).extracting(Outbox.Queued::seq).containsExactly(2L, 3L, 4L);
    }

    @Test
    void aBatchKeepsToTheCountAndTheBytesButTakesOneEventHoweverLarge() throws Exception {
        Outbox outbox = new Outbox(folder);
        outbox.add(event("x".repeat(400)));
        for (int i = 0; i < 5; i++) {
            outbox.add(event("hint"));
        }

        assertThat(outbox.oldest(100, 10)).hasSize(1);
        assertThat(outbox.oldest(3, 1 << 16)).extracting(Outbox.Queued::seq).containsExactly(1L, 2L, 3L);
        assertThat(outbox.oldest(100, 470)).extracting(Outbox.Queued::seq).containsExactly(1L, 2L, 3L);
    }
}
