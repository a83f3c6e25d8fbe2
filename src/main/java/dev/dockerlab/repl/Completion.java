package dev.dockerlab.repl;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Tab completion: slash commands and their arguments (lesson ids, steps,
 * example numbers), docker subcommands (also of {@code docker volume},
 * {@code container}, {@code image}, {@code network}, {@code system}) and
 * common flags, the names of the daemon's containers, volumes and images (only
 * once it is connected: Tab never waits for the connection), and file paths
 * from the learner's folder. A volume name after {@code -v} or in a
 * {@code --mount} is not the end of the word ({@code :/path} follows), so it
 * completes without a space.
 */
final class Completion implements Completer {

    static final List<String> DOCKER_COMMANDS = List.of("run", "ps", "exec", "inspect", "diff", "cp", "logs", "create",
            "start", "stop", "restart", "rm", "volume", "container", "image", "images", "network", "system", "build",
            "rmi", "tag", "pull", "save", "load", "export", "import", "commit", "kill", "version", "info");
    /** The subcommands of each command group, with the aliases the docker CLI accepts. */
    static final Map<String, List<String>> GROUP_COMMANDS = Map.of(
            "volume", List.of("create", "inspect", "ls", "list", "prune", "rm", "remove"),
            "container", List.of("attach", "commit", "cp", "create", "diff", "exec", "export", "inspect", "kill", "logs",
                    "ls", "list", "ps", "pause", "port", "prune", "rename", "restart", "rm", "remove", "run", "start",
                    "stats", "stop", "top", "unpause", "update", "wait"),
            "image", List.of("build", "history", "import", "inspect", "load", "ls", "list", "prune", "pull", "push",
                    "rm", "remove", "save", "tag"),
            "network", List.of("connect", "create", "disconnect", "inspect", "ls", "list", "prune", "rm", "remove"),
            "system", List.of("df", "events", "info", "prune"));
    static final List<String> DOCKER_FLAGS = List.of("-d", "-it", "--rm", "--name", "-v", "--volume", "--mount",
            "--volumes-from", "--tmpfs", "-e", "-f", "--format", "-a", "--all", "--filter", "--label", "-t", "-q", "-w");
    static final List<String> MOUNT_KEYS = List.of("type=", "source=", "src=", "target=", "dst=", "destination=",
            "readonly", "ro", "volume-opt=", "tmpfs-size=");
    static final List<String> MOUNT_TYPES = List.of("volume", "bind", "tmpfs");

    private final Session session;
    private final SlashCommands commands;
    private final DaemonNames names;

    Completion(Session session, SlashCommands commands) {
        this(session, commands, DaemonNames.of(session.connection()));
    }

    Completion(Session session, SlashCommands commands, DaemonNames names) {
        this.session = session;
        this.commands = commands;
        this.names = names;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        String first = words.isEmpty() ? "" : words.get(0);
        if (first.startsWith("/")) {
            slash(first, index, candidates);
        } else if (first.equals("docker") && index >= 1) {
            docker(words, index, line.word(), candidates);
        } else if (index == 0) {
            add(candidates, List.of("docker", "ls", "cat", "echo", "mkdir", "cd", "tar", "export"));
            commands.all().forEach(command -> candidates.add(plain("/" + command.name())));
        } else {
            paths("", line.word(), candidates, true);
        }
    }

    private void slash(String first, int index, List<Candidate> candidates) {
        if (index == 0) {
            commands.all().forEach(command -> candidates.add(new Candidate("/" + command.name(), "/" + command.name(),
                    null, command.help(), null, null, true)));
            return;
        }
        Optional<SlashCommand> command = commands.find(first.substring(1));
        if (command.isEmpty() || index != 1) {
            return;
        }
        switch (command.get().name()) {
            case "goto" -> {
                session.library.ids().forEach(id -> candidates.add(plain(id)));
                if (session.lesson() != null) {
                    IntStream.rangeClosed(1, session.lesson().steps().size()).forEach(step -> candidates.add(plain(":" + step)));
                }
            }
            case "run" -> IntStream.rangeClosed(1, session.step().examples().size())
                    .forEach(example -> candidates.add(plain(String.valueOf(example))));
            case "help" -> commands.all().forEach(other -> candidates.add(plain(other.name())));
            case "solution" -> candidates.add(plain("run"));
            case "reset" -> candidates.add(plain("--force"));
            case "save" -> paths("", "", candidates, true);
            default -> { }
        }
    }

    private void docker(List<String> words, int index, String word, List<Candidate> candidates) {
        String previous = words.get(index - 1);
        String command = words.get(1);
        if (index == 1) {
            add(candidates, DOCKER_COMMANDS);
        } else if (index == 2 && GROUP_COMMANDS.containsKey(command)) {
            add(candidates, GROUP_COMMANDS.get(command));
        } else if (previous.equals("-v") || previous.equals("--volume")) {
            volumeSource("", word, candidates);
        } else if (word.startsWith("--volume=")) {
            volumeSource("--volume=", word.substring("--volume=".length()), candidates);
        } else if (previous.equals("--mount")) {
            mount("", word, candidates);
        } else if (word.startsWith("--mount=")) {
            mount("--mount=", word.substring("--mount=".length()), candidates);
        } else if (previous.equals("--volumes-from")) {
            add(candidates, names.containers());
        } else if (word.startsWith("-")) {
            add(candidates, DOCKER_FLAGS);
        } else if (command.equals("volume")) {
            add(candidates, names.volumes());
        } else {
            add(candidates, names.containers());
            add(candidates, names.volumes());
            add(candidates, names.images());
            paths("", word, candidates, true);
        }
    }

    /**
     * The part of {@code -v SOURCE:/path} before the colon: a host path (it
     * starts with / . ~ or $) or a volume name. Neither ends the word.
     */
    private void volumeSource(String prefix, String source, List<Candidate> candidates) {
        if (source.contains(":")) {
            return;
        }
        if (!source.isEmpty() && "/.~$".indexOf(source.charAt(0)) >= 0) {
            paths(prefix, source, candidates, false);
            return;
        }
        names.volumes().forEach(volume -> candidates.add(unfinished(prefix + volume)));
    }

    /** {@code --mount type=volume,source=NAME,target=/path}: keys, types and volume names, none ending the word. */
    private void mount(String prefix, String value, List<Candidate> candidates) {
        int comma = value.lastIndexOf(',');
        String done = prefix + value.substring(0, comma + 1);
        String field = value.substring(comma + 1);
        List<String> values;
        if (field.startsWith("type=")) {
            values = MOUNT_TYPES.stream().map(type -> "type=" + type).toList();
        } else if ((field.startsWith("source=") || field.startsWith("src=")) && !value.contains("type=bind")) {
            String key = field.substring(0, field.indexOf('=') + 1);
            values = names.volumes().stream().map(volume -> key + volume).toList();
        } else if (!field.contains("=")) {
            values = MOUNT_KEYS;
        } else {
            values = List.of();
        }
        values.forEach(completion -> candidates.add(unfinished(done + completion)));
    }

    /** A candidate that does not end the word: no space after it. */
    private static Candidate unfinished(String value) {
        return new Candidate(value, value.substring(Math.max(value.lastIndexOf(',') + 1, value.lastIndexOf('=') + 1)),
                null, null, null, null, false);
    }

    /**
     * Files and folders of the learner's folder that complete {@code word}, each
     * after {@code prefix}. A folder never ends the word; a file does when
     * {@code endsWord} (not in {@code -v FILE:/path}).
     */
    private void paths(String prefix, String word, List<Candidate> candidates, boolean endsWord) {
        Path typed = Path.of(word.isEmpty() ? "." : word);
        Path base = session.shell.workingDirectory();
        Path folder = word.endsWith("/") ? base.resolve(typed) : Optional.ofNullable(base.resolve(typed).getParent()).orElse(base);
        String typedFolder = word.substring(0, word.lastIndexOf('/') + 1);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                boolean directory = Files.isDirectory(entry);
                String name = entry.getFileName() + (directory ? "/" : "");
                candidates.add(new Candidate(prefix + typedFolder + name, name, null, null, null, null, endsWord && !directory));
            }
        } catch (IOException unreadable) {
            // no candidates from a folder we cannot read
        }
    }

    private static void add(List<Candidate> candidates, List<String> values) {
        values.forEach(value -> candidates.add(plain(value)));
    }

    private static Candidate plain(String value) {
        return new Candidate(value);
    }
}
