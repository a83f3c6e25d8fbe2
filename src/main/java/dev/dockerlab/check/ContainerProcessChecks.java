package dev.dockerlab.check;

import com.github.dockerjava.api.command.InspectContainerResponse;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.Quoting;
import dev.dockerlab.model.Verdict;

/** What a container's processes show: its logs, and the page it serves. */
final class ContainerProcessChecks {

    private final DockerState state;

    ContainerProcessChecks(DockerState state) {
        this.state = state;
    }

    Verdict logs(ContainerAssertion.Logs claim, InspectContainerResponse container) {
        ProcessOutput logs = state.logs(container.getId());
        if (logs.unfinished().isPresent()) {
            return Verdict.unknown("reading the logs of " + claim.name() + " " + logs.unfinished().get());
        }
        String text = logs.text();
        boolean holds = text.contains(claim.text());
        String last = text.strip().lines().reduce((first, second) -> second).orElse("");
        return Verdict.of(holds, "the logs of " + claim.name() + (holds ? " contain " + Quoting.quote(claim.text())
                : text.isBlank() ? " are empty" : " do not contain " + Quoting.quote(claim.text())
                + "; the last line is " + Quoting.quote(last)));
    }

    /** @param life what the container is doing, e.g. "container web exists but exited with code 1" */
    Verdict serves(ContainerAssertion.Serves claim, InspectContainerResponse container, String life) {
        if (!ContainerChecks.isRunning(container)) {
            return Verdict.of(false, life + ", so it serves nothing");
        }
        String path = claim.urlPath().map(wanted -> wanted.startsWith("/") ? wanted : "/" + wanted).orElse("/");
        String url = "http://127.0.0.1:" + claim.port() + path;
        ProcessOutput page = state.fetch(container.getId(), url);
        if (page.unfinished().isPresent()) {
            return Verdict.unknown("fetching " + url + " inside " + claim.name() + " " + page.unfinished().get());
        }
        String where = "inside " + claim.name() + ", " + url;
        String body = page.stdout();
        // The text itself on stdout proves the page was served: wget's exit status is asked only when it is not.
        boolean textSeen = !claim.text().isEmpty() && body.contains(claim.text());
        Long status = textSeen ? Long.valueOf(0) : page.exitStatus().get();
        if (status == null || status != 0) {
            String why = page.stderr().isBlank() ? "exit status " + status : page.stderr().strip();
            if (status != null && status == 127) {
                why = "container " + claim.name() + " has no wget to fetch pages with";
            }
            return Verdict.of(false, where + " cannot be fetched: " + why);
        }
        boolean holds = body.contains(claim.text());
        String flat = body.strip().replace("\n", "\\n");
        return Verdict.of(holds, where + " serves " + Quoting.quote(flat.length() > 80 ? flat.substring(0, 77) + "..." : flat));
    }
}
