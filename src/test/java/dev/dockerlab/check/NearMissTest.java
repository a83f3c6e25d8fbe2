package dev.dockerlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.List;

class NearMissTest {

    @Test
    void anotherCaseOrSeparatorIsASlip() {
        assertThat(NearMiss.nearest("cow-web", List.of("named-web", "cow_web"))).contains("cow_web");
        assertThat(NearMiss.nearest("cow-web", List.of("Cow.Web"))).contains("Cow.Web");
        assertThat(NearMiss.nearest("db", List.of("DB", "dc"))).contains("DB");
    }

    @Test
    void aLetterOrTwoAddedMissingChangedOrSwappedIsASlip() {
        assertThat(NearMiss.nearest("cow-web", List.of("cowweb"))).contains("cowweb");
        assertThat(NearMiss.nearest("cow-web", List.of("cow-wbe"))).contains("cow-wbe");
        assertThat(NearMiss.nearest("website", List.of("website-old", "websites"))).contains("websites");
        assertThat(NearMiss.nearest("named-web", List.of("nmaed-wbe"))).contains("nmaed-wbe");
    }

    @Test
    void theNearestWinsAndAFarNameIsNoSuggestion() {
        assertThat(NearMiss.nearest("cow-web", List.of("cow-webs", "cow_web"))).contains("cow_web");
        assertThat(NearMiss.nearest("cow-web", List.of("named-web", "web", "cow-server"))).isEmpty();
        assertThat(NearMiss.nearest("web", List.of("wed"))).isEmpty();
        assertThat(NearMiss.suggestion("cow-web", () -> List.of("cow_web"))).isEqualTo("; did you mean cow_web?");
        assertThat(NearMiss.suggestion("cow-web", () -> List.of())).isEmpty();
    }

    @Test
    void aDaemonThatWillNotListNamesGivesNoSuggestionAndNoFailure() {
        assertThat(NearMiss.suggestion("cow-web", () -> {
            throw new IllegalStateException("daemon away");
        })).isEmpty();
    }

    @Test
    void otherDigitsNameAnotherObjectNotASlip() {
        assertThat(NearMiss.nearest("bind-web2", List.of("bind-web1"))).isEmpty();
        assertThat(NearMiss.nearest("lab-nginx:v2", List.of("lab-nginx:v1"))).isEmpty();
        assertThat(NearMiss.nearest("client3", List.of("client_3"))).contains("client_3");
    }
}
