package dev.dockerlab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Info;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Which daemon this is, for the ownership ledger: its ID with its data root.
 * The ID alone is not enough: before Docker 23 it came from /etc/docker/key.json,
 * which every daemon of one machine shares, and a second daemon on its own data
 * root is a different store of objects.
 */
public final class DaemonIdentity {

    private static final Map<DockerClient, String> KNOWN = Collections.synchronizedMap(new WeakHashMap<>());

    private DaemonIdentity() {
    }

    /** Asked of the daemon once per client. */
    public static String of(DockerClient client) {
        String known = KNOWN.get(client);
        if (known != null) {
            return known;
        }
        Info info = client.infoCmd().exec();
        String identity = info.getId() + " " + info.getDockerRootDir();
        KNOWN.put(client, identity);
        return identity;
    }
}
