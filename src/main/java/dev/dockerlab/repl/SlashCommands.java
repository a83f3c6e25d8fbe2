package dev.dockerlab.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The slash commands in the order /help lists them, found by name or by any unique prefix (/l for /lessons). */
final class SlashCommands {

    private final List<SlashCommand> commands = new ArrayList<>();

    SlashCommands add(String name, String usage, String help, SlashCommand.Handler handler) {
        return add(name, usage, help, 1, handler);
    }

    /** A command that answers only to a beginning of {@code shortest} letters or more. */
    SlashCommands add(String name, String usage, String help, int shortest, SlashCommand.Handler handler) {
        commands.add(new SlashCommand(name, usage, help, shortest, handler));
        return this;
    }

    List<SlashCommand> all() {
        return List.copyOf(commands);
    }

    /** The command a word names: exactly, or as the only command starting with it. */
    Optional<SlashCommand> find(String word) {
        Optional<SlashCommand> exact = commands.stream().filter(command -> command.name().equals(word)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<SlashCommand> starting = commands.stream().filter(command -> command.answersTo(word)).toList();
        return starting.size() == 1 ? Optional.of(starting.get(0)) : Optional.empty();
    }

    /** The commands a prefix could mean, for a "did you mean" answer. */
    List<String> candidates(String word) {
        return commands.stream().filter(command -> command.answersTo(word)).map(SlashCommand::name).toList();
    }
}
