package dev.dockerlab.docker;

/** The labels dockerlab puts on what it creates, so that cleanup is by label and never by guess. */
public final class Labels {

    /** On the lab image; its value says how the image was made. */
    public static final String IMAGE = "dev.dockerlab.image";
    /** On the short-lived read-only containers that read files for checks. */
    public static final String HELPER = "dev.dockerlab.helper";
    /** On every object a test creates. */
    public static final String TEST = "dev.dockerlab.test";

    private Labels() {
    }
}
