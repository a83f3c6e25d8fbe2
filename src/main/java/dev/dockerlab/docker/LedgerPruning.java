package dev.dockerlab.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps the ownership ledger from growing forever: the objects it recorded on
 * this daemon that the daemon says are gone are forgotten. Only a clear "no
 * such object" counts; a daemon that cannot be asked forgets nothing.
 */
public final class LedgerPruning {

    private LedgerPruning() {
    }

    /** @return how many entries were forgotten */
    public static int forgetGone(DockerConnection docker, Ownership ledger) {
        RawInspect raw = new RawInspect(docker);
        List<String> gone = new ArrayList<>();
        for (Map.Entry<String, ObjectKind> entry : ledger.recordedOn(DaemonIdentity.of(docker.client())).entrySet()) {
            if (!stillThere(raw, entry.getValue(), entry.getKey())) {
                gone.add(entry.getKey());
            }
        }
        ledger.forgetGone(gone);
        return gone.size();
    }

    /** A volume is "name@created": the same name made again later is another volume, and this one is gone. */
    private static boolean stillThere(RawInspect raw, ObjectKind kind, String identity) {
        if (kind != ObjectKind.VOLUME) {
            return raw.inspect(kind, identity).isPresent();
        }
        String name = identity.substring(0, Math.max(identity.indexOf('@'), 0));
        return !name.isEmpty() && raw.inspect(kind, name)
                .map(volume -> identity.equals(volume.path("Name").asText() + "@" + volume.path("CreatedAt").asText()))
                .orElse(false);
    }
}
