package dev.dockerlab.check;

import com.github.dockerjava.api.command.InspectImageResponse;
import dev.dockerlab.model.ImageAssertion;
import dev.dockerlab.model.Verdict;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Image assertions: existence, declared volumes, and the files of its file system. */
final class ImageChecks implements ImageAssertion.Visitor<Verdict> {

    private final DockerState state;

    ImageChecks(DockerState state) {
        this.state = state;
    }

    Verdict check(ImageAssertion assertion) {
        return assertion.accept(this);
    }

    @Override
    public Verdict presence(ImageAssertion.Presence claim) {
        String reference = claim.reference();
        Optional<InspectImageResponse> found = state.image(reference);
        return Verdict.of(found.isPresent() == claim.exists(),
                found.map(image -> exists(image, reference)).orElseGet(() -> missing(reference)));
    }

    @Override
    public Verdict declaresVolume(ImageAssertion.DeclaresVolume claim) {
        return ifFound(claim, image -> declaresVolume(image, claim.reference(), claim.path()));
    }

    @Override
    public Verdict file(ImageAssertion.File claim) {
        return ifFound(claim, image -> FileFacts.judge(claim.claim(), "image " + claim.reference(),
                state.imageFile(claim.reference(), claim.path())));
    }

    /** Every claim but presence fails, with a suggestion, when there is no such image. */
    private Verdict ifFound(ImageAssertion claim, Function<InspectImageResponse, Verdict> check) {
        return state.image(claim.reference()).map(check).orElseGet(() -> Verdict.of(false, missing(claim.reference())));
    }

    /**
     * "there is no image lab_nginx:v1; did you mean lab-nginx:v1?". A
     * reference without a tag means :latest, so another tag of the same
     * repository is near too.
     */
    private String missing(String reference) {
        return "there is no image " + reference + NearMiss.suggestion(() -> near(reference));
    }

    private Optional<String> near(String reference) {
        List<String> references = state.imageReferences();
        return NearMiss.nearest(reference, references).or(() -> hasTag(reference) ? Optional.empty()
                : references.stream().filter(other -> other.startsWith(reference + ":")).sorted().findFirst());
    }

    private static boolean hasTag(String reference) {
        return reference.contains("@") || reference.lastIndexOf(':') > reference.lastIndexOf('/');
    }

    private static String exists(InspectImageResponse image, String reference) {
        return "image " + reference + " exists (" + image.getId().replaceFirst("^sha256:", "").substring(0, 12)
                + ", built" + Observed.ago(image.getCreated()) + ")";
    }

    private static Verdict declaresVolume(InspectImageResponse image, String reference, String path) {
        Map<String, ?> volumes = image.getConfig() == null ? null : image.getConfig().getVolumes();
        Set<String> declared = volumes == null ? Set.of() : new TreeSet<>(volumes.keySet());
        String wanted = MountChecks.normalise(path);
        boolean holds = declared.stream().map(MountChecks::normalise).anyMatch(wanted::equals);
        return Verdict.of(holds, declared.isEmpty() ? "image " + reference + " declares no VOLUME"
                : "image " + reference + " declares VOLUME " + String.join(", ", declared));
    }
}
