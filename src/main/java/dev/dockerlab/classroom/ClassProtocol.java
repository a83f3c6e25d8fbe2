package dev.dockerlab.classroom;

/** The fixed parts of the class protocol: paths and limits both sides keep to. */
public final class ClassProtocol {

    public static final String JOIN_PATH = "/api/join";
    public static final String EVENTS_PATH = "/api/events";
    public static final String CLASS_PATH = "/api/class";
    /** The largest request body the server reads. */
    public static final int MAX_BODY_BYTES = 64 * 1024;
    public static final int MAX_EVENTS_PER_REQUEST = 100;
    public static final int MAX_NAME_LENGTH = 40;
    /** Longer learner-supplied strings are cut to this many characters. */
    public static final int MAX_TEXT_LENGTH = 500;
    public static final int DEFAULT_PORT = 8420;

    private ClassProtocol() {
    }
}
