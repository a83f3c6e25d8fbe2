package dev.dockerlab.repl;

/** Counted nouns in the learner's messages: "1 hint", "2 hints", "0 hints". */
final class Words {

    private Words() {
    }

    /** The number and the noun, plural unless the number is 1; {@code noun} is the singular with a regular plural. */
    static String count(long number, String noun) {
        return number + " " + noun + (number == 1 ? "" : "s");
    }
}
