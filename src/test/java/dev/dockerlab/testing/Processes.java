package dev.dockerlab.testing;

import java.util.List;

/** The processes on this machine, as a test that must leave none behind looks at them. */
public final class Processes {

    private Processes() {
    }

    /** The command lines of live processes that contain {@code text} (a socket path only one test uses). */
    public static List<String> mentioning(String text) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(process -> process.info().commandLine().orElse(""))
                .filter(line -> line.contains(text))
                .toList();
    }
}
