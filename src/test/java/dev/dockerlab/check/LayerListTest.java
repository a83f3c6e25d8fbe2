package dev.dockerlab.check;

import dev.dockerlab.model.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner's list of lower layer folders, judged against the container's, and what is said when it differs. */
class LayerListTest {

    private static final List<String> DOCKER = List.of("/d/abc-init/diff", "/d/img2/diff", "/d/img1/diff");

    private static Verdict judge(String content, List<String> lower) {
        return LayerList.judge("${LAB}/lower.txt", content, "web", lower);
    }

    @Test
    void theSameFoldersOnePerLineTopmostFirstPass() {
        Verdict verdict = judge("/d/abc-init/diff\n/d/img2/diff\n/d/img1/diff\n\n", DOCKER);

        assertThat(verdict.status()).isEqualTo(Verdict.Status.PASSED);
        assertThat(verdict.observed()).isEqualTo("${LAB}/lower.txt lists the lower layers of web, all 3, topmost first");
        assertThat(judge("/p/one/diff\n", List.of("/p/one/diff")).status()).as("Podman: no init layer")
                .isEqualTo(Verdict.Status.PASSED);
    }

    @Test
    void eachWayOfGettingItWrongIsNamed() {
        assertThat(judge(String.join(":", DOCKER) + "\n", DOCKER).observed())
                .isEqualTo("${LAB}/lower.txt holds the list on one line, with its colons: write one folder per line");
        assertThat(judge("/d/img1/diff\n/d/img2/diff\n/d/abc-init/diff\n", DOCKER).observed())
                .endsWith("bottom first; they go topmost first");
        assertThat(judge("/d/img2/diff\n/d/abc-init/diff\n/d/img1/diff\n", DOCKER).observed())
                .endsWith("in another order; they go topmost first");
        assertThat(judge("/d/img2/diff\n/d/img1/diff\n", DOCKER).observed())
                .isEqualTo("${LAB}/lower.txt lists 2 lines; web has 3 lower layers: it misses /d/abc-init/diff (the topmost)");
        assertThat(judge("/d/up/diff\n" + String.join("\n", DOCKER), DOCKER).observed())
                .isEqualTo("${LAB}/lower.txt lists 4 lines; web has 3 lower layers: /d/up/diff is not one of them");
        assertThat(judge("<no value>\n", DOCKER).observed()).contains("it misses /d/abc-init/diff (the topmost) and 2 more",
                "<no value> is not one of them");
        assertThat(judge("", DOCKER).observed()).isEqualTo("${LAB}/lower.txt is empty; web has 3 lower layers");
        assertThat(List.of(judge("", DOCKER), judge("/d/img1/diff", DOCKER))).allMatch(v -> v.status() == Verdict.Status.FAILED);
    }
}
