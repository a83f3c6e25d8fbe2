package dev.dockerlab.classroom.client;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the learner asks for: options before environment variables, and the server's address as the API needs it. */
class ClassRequestTest {

    private static final Map<String, String> LAB_IMAGE = Map.of("DOCKERLAB_CLASS_URL", "http://class-server:8420",
            "DOCKERLAB_CLASS_CODE", "dock-4821", "DOCKERLAB_CLASS_NAME", "Grace", "DOCKERLAB_CLASS_SHARE_COMMANDS", "1",
            "USER", "learner");

    @Test
    void optionsWinOverTheEnvironmentAndTheNameDefaultsToTheAccount() {
        ClassRequest fromImage = ClassRequest.of(LAB_IMAGE, null, null, null, false);
        ClassRequest given = ClassRequest.of(LAB_IMAGE, "http://127.0.0.1:9", "other", "Ada", false);
        ClassRequest unnamed = ClassRequest.of(Map.of("USER", "learner"), "http://127.0.0.1:9", "other", null, false);

        assertThat(fromImage).isEqualTo(new ClassRequest(Optional.of("http://class-server:8420"), Optional.of("dock-4821"),
                Optional.of("Grace"), true));
        assertThat(given.url()).contains("http://127.0.0.1:9");
        assertThat(given.name()).contains("Ada");
        assertThat(unnamed.name()).contains("learner");
        assertThat(ClassRequest.of(Map.of(), null, null, null, false).asksToJoin()).isFalse();
    }

    @Test
    void theServersAddressEndsInASlashSoAPathPrefixIsKept() {
        assertThat(server("http://127.0.0.1:8420")).contains(URI.create("http://127.0.0.1:8420/"));
        assertThat(server("HTTPS://class.example/room-2")).contains(URI.create("https://class.example/room-2/"));
        assertThat(server("http://class-server:8420/").map(uri -> uri.resolve("api/join")))
                .contains(URI.create("http://class-server:8420/api/join"));
        assertThat(server("http://user:secret@127.0.0.1:8420")).isEmpty();
        assertThat(server("http://127.0.0.1:8420/?token=x")).isEmpty();
        assertThat(server("file:///etc/passwd")).isEmpty();
        assertThat(server("127.0.0.1:8420")).isEmpty();
    }

    private static Optional<URI> server(String url) {
        return new ClassRequest(Optional.of(url), Optional.of("c"), Optional.of("n"), false).server();
    }
}
