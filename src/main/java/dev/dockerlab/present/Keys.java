package dev.dockerlab.present;

import java.util.function.IntSupplier;

/**
 * Where the presenter's keys come from: the keyboard, lines of a script, or
 * nobody at all (--auto).
 */
interface Keys {

    /** The two moments a presentation waits at. */
    enum Moment {
        /** A command is typed out and waits to run. */
        COMMAND,
        /** A step (or the introduction) is over and the next one waits. */
        STEP_END
    }

    /** Waits for the presenter's next key; QUIT when no more can come. */
    Key next(Moment moment);

    /** Runs a command with the terminal as the command expects it (not as keys are read); its exit status. */
    default int onNormalTerminal(IntSupplier command) {
        return command.getAsInt();
    }
}
