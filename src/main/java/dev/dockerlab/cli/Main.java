package dev.dockerlab.cli;

import dev.dockerlab.AppContext;


/** Entry point: builds the command line and exits with what it returns. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.forArguments(AppContext.forThisProcess(), args).execute(args));
    }
}
