package dev.dockerlab.repl;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Image;
import dev.dockerlab.Lab;
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
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Tab completion: slash commands and their arguments (lesson ids, steps,
 * example numbers), docker subcommands and common flags, the names of the
 * daemon's containers, volumes and images (only once it is connected: Tab
 * never waits for the connection), and file paths from the learner's folder.
 */
final class Completion implements Completer {

    static final List<String> DOCKER_COMMANDS = List.of("run", "ps", "exec", "inspect", "diff", "cp", "logs", "create",
            "start", "stop", "restart", "rm", "volume", "container", "image", "images", "build", "rmi", "version", "info");
    static final List<String> VOLUME_COMMANDS = List.of("create", "ls", "inspect", "rm", "prune");
    static final List<String> DOCKER_FLAGS = List.of("-d", "-it", "--rm", "--name", "-v", "--volume", "--mount",
            "--volumes-from", "--tmpfs", "-e", "-f", "--format", "-a", "--all", "--filter", "--label", "-t", "-q", "-w");

    private final Session session;
    private final SlashCommands commands;

    Completion(Session session, SlashCommands commands) {
        this.session = session;
        this.commands = commands;
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
            paths(line.word(), candidates);
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
            case "save" -> paths("", candidates);
            default -> { }
        }
    }

    private void docker(List<String> words, int index, String word, List<Candidate> candidates) {
        if (index == 1) {
            add(candidates, DOCKER_COMMANDS);
        } else if (word.startsWith("-")) {
            add(candidates, DOCKER_FLAGS);
        } else if (index == 2 && words.get(1).equals("volume")) {
            add(candidates, VOLUME_COMMANDS);
        } else {
            add(candidates, daemonNames());
            paths(word, candidates);
        }
    }

    /** Names from the daemon, only when it is already connected: Tab never waits for Docker. */
    private List<String> daemonNames() {
        Optional<Lab> lab = session.lab.ifReady();
        if (lab.isEmpty()) {
            return List.of();
        }
        DockerClient client = lab.get().docker().client();
        List<String> names = new ArrayList<>();
        try {
            for (Container container : client.listContainersCmd().withShowAll(true).exec()) {
                for (String name : container.getNames()) {
                    names.add(name.replaceFirst("^/", ""));
                }
            }
            Optional.ofNullable(client.listVolumesCmd().exec().getVolumes()).orElse(List.of()).stream()
                    .map(InspectVolumeResponse::getName).forEach(names::add);
            for (Image image : client.listImagesCmd().exec()) {
                if (image.getRepoTags() != null) {
                    for (String tag : image.getRepoTags()) {
                        if (!tag.equals("<none>:<none>")) {
                            names.add(tag);
                        }
                    }
                }
            }
        } catch (RuntimeException daemonAway) {
            return names;
        }
        return names;
    }

    private void paths(String word, List<Candidate> candidates) {
        Path typed = Path.of(word.isEmpty() ? "." : word);
        Path base = session.shell.workingDirectory();
        Path folder = word.endsWith("/") ? base.resolve(typed) : Optional.ofNullable(base.resolve(typed).getParent()).orElse(base);
        String prefix = word.endsWith("/") || !word.contains("/") ? (word.endsWith("/") ? word : "") : word.substring(0, word.lastIndexOf('/') + 1);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                boolean directory = Files.isDirectory(entry);
                String value = prefix + entry.getFileName() + (directory ? "/" : "");
                candidates.add(new Candidate(value, entry.getFileName() + (directory ? "/" : ""), null, null, null, null, !directory));
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
