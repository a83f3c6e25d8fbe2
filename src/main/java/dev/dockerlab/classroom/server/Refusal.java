package dev.dockerlab.classroom.server;

/** A request the server refuses: an HTTP status and the one sentence the client gets. */
final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final long retryAfterSeconds;

    Refusal(int status, String sentence, long retryAfterSeconds) {
        super(sentence, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static Refusal badRequest(String sentence) {
        return new Refusal(400, sentence, 0);
    }

    static Refusal unauthorized(String sentence) {
        return new Refusal(401, sentence, 0);
    }

    static Refusal notFound(String sentence) {
        return new Refusal(404, sentence, 0);
    }

    static Refusal tooMany(long retryAfterSeconds) {
        return new Refusal(429, "too many requests; try again in " + retryAfterSeconds + " s.", retryAfterSeconds);
    }
}
