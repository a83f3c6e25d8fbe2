package dev.dockerlab.lesson;

import dev.dockerlab.model.ArchiveAssertion;
import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.HostAssertion;
import dev.dockerlab.model.LabConfinement;
import dev.dockerlab.model.Negation;
import dev.dockerlab.model.Variables;

import java.nio.file.Path;

/**
 * Lint's side of {@link LabConfinement}: the path of a {@code host} or
 * {@code archive} check, and the list file of a container's {@code lower
 * layers are listed in} (in a check block or a {@code hint when}), lies under
 * ${LAB}, so the check reads the lesson's own files and never, say,
 * /etc/shadow into a CI report. Run time refuses such a path too.
 */
final class LabPathRule {

    private LabPathRule() {
    }

    static void check(Assertion assertion, Variables variables, int line, Problems problems) {
        Assertion inner = assertion instanceof Negation negation ? negation.inner() : assertion;
        if (inner instanceof HostAssertion host) {
            check("host", host.path(), variables, line, problems);
        } else if (inner instanceof ArchiveAssertion archive) {
            check("archive", archive.path(), variables, line, problems);
        } else if (inner instanceof ContainerAssertion.LowerLayerList list) {
            check("layer list", list.path(), variables, line, problems);
        }
    }

    private static void check(String subject, String path, Variables variables, int line, Problems problems) {
        if (LabConfinement.inside(Path.of(variables.lab()), path).isEmpty()) {
            problems.add(line, subject + " checks read only files under the lab folder: write the path as ${LAB}/...,"
                    + " without '..' (" + path + " is outside it)");
        }
    }
}
