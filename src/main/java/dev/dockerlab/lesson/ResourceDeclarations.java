package dev.dockerlab.lesson;

import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.ImageAssertion;
import dev.dockerlab.model.MountSource;
import dev.dockerlab.model.Negation;
import dev.dockerlab.model.VolumeAssertion;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the containers, volumes and images a check names that the lesson's
 * {@code resources} do not declare: reset and verify remove only declared
 * objects, so an undeclared one would outlive the lesson. The lab image is
 * the course's own and needs no declaration.
 */
final class ResourceDeclarations {

    private final Resources resources;
    private final String labImage;

    ResourceDeclarations(Resources resources, String labImage) {
        this.resources = resources;
        this.labImage = labImage;
    }

    /** One message per undeclared object the assertion names. */
    List<String> undeclared(Assertion assertion) {
        List<String> messages = new ArrayList<>();
        collect(assertion, messages);
        return messages;
    }

    private void collect(Assertion assertion, List<String> messages) {
        if (assertion instanceof Negation negation) {
            collect(negation.inner(), messages);
        } else if (assertion instanceof ContainerAssertion container) {
            container(container.name(), messages);
            if (container instanceof ContainerAssertion.VolumesFrom from) {
                container(from.server(), messages);
            } else if (container instanceof ContainerAssertion.Mount mount
                    && mount.source() instanceof MountSource.Volume volume) {
                volume(volume.volume(), messages);
            }
        } else if (assertion instanceof VolumeAssertion volume) {
            volume(volume.name(), messages);
            if (volume instanceof VolumeAssertion.UsedBy usedBy) {
                container(usedBy.container(), messages);
            }
        } else if (assertion instanceof ImageAssertion image) {
            image(image.reference(), messages);
        }
    }

    private void container(String name, List<String> messages) {
        if (!resources.containers().contains(name)) {
            messages.add("container '" + name + "' is not declared in resources: containers");
        }
    }

    private void volume(String name, List<String> messages) {
        if (!resources.volumes().contains(name)) {
            messages.add("volume '" + name + "' is not declared in resources: volumes");
        }
    }

    private void image(String reference, List<String> messages) {
        if (!reference.equals(labImage) && !resources.images().contains(reference)) {
            messages.add("image '" + reference + "' is not declared in resources: images");
        }
    }
}
