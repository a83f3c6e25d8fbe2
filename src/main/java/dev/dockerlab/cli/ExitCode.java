package dev.dockerlab.cli;

import picocli.CommandLine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The exit statuses every command uses. */
public final class ExitCode {

    /** Everything asked for holds. */
    public static final int OK = 0;
    /** The command ran, and what it checked does not hold (a failing check, a failed verify, doctor not ok). */
    public static final int NOT_OK = 1;
    /** The user's input is wrong: usage, a lesson file with problems, an unknown lesson. */
    public static final int BAD_INPUT = 2;
    /** No Docker daemon answers, or the lab image cannot be made. */
    public static final int NO_DAEMON = 3;

    private ExitCode() {
    }

    /** What each status means, in words: the same list under every command's --help, and in the README. */
    static final Map<String, String> MEANINGS = meanings();

    private static Map<String, String> meanings() {
        Map<String, String> meanings = new LinkedHashMap<>();
        meanings.put(String.valueOf(OK), "everything asked for holds");
        meanings.put(String.valueOf(NOT_OK), "a check or verify failed (or doctor found a problem)");
        meanings.put(String.valueOf(BAD_INPUT), "usage, a lesson file with problems, an unknown lesson");
        meanings.put(String.valueOf(NO_DAEMON), "no Docker daemon answers, or the lab image cannot be made");
        return Collections.unmodifiableMap(meanings);
    }

    /** Lists the exit statuses under the --help of the command and of each of its verbs. */
    static void describeIn(CommandLine command) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(MEANINGS);
        command.getSubcommands().values().forEach(ExitCode::describeIn);
    }
}
