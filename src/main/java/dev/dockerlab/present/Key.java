package dev.dockerlab.present;

/** What the presenter asks for: go on (run the command, or the next step), back one step, or quit. */
enum Key {
    NEXT, BACK, QUIT
}
