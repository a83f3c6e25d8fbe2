package dev.dockerlab.check;

import com.github.dockerjava.api.command.InspectImageResponse;
import dev.dockerlab.docker.DaemonFiles;
import dev.dockerlab.docker.FileView;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Image assertions: existence, declared volumes, and the files of its file system. */
final class ImageChecks {

    private final DockerState state;
    private final DaemonFiles files;

    ImageChecks(DockerState state, DaemonFiles files) {
        this.state = state;
        this.files = files;
    }

    Verdict check(ImageAssertion assertion) {
        String reference = assertion.reference();
        Optional<InspectImageResponse> found = state.image(reference);
        if (assertion.kind() == ImageAssertion.Kind.ABSENT) {
            return Verdict.of(found.isEmpty(), found.isEmpty() ? missing(reference) : exists(found.get(), reference));
        }
        if (found.isEmpty()) {
            return Verdict.of(false, missing(reference));
        }
        InspectImageResponse image = found.get();
        String where = "image " + reference;
        return switch (assertion.kind()) {
            case EXISTS -> Verdict.of(true, exists(image, reference));
            case DECLARES_VOLUME -> declaresVolume(image, reference, assertion.path());
            case HAS_FILE -> FileFacts.hasFile(where, read(reference, assertion.path()));
            case HAS_NO_FILE -> FileFacts.hasNoFile(where, read(reference, assertion.path()));
            case FILE_CONTAINS -> FileFacts.contains(where, read(reference, assertion.path()), assertion.text());
            default -> throw new IllegalArgumentException(assertion.kind().name());
        };
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

    private FileView read(String reference, String path) {
        return files.inImage(reference, state.imageTree(reference).orElseThrow(), path);
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
