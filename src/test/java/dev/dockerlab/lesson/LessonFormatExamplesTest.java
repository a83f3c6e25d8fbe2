package dev.dockerlab.lesson;

import dev.dockerlab.model.ArchiveAssertion;
import dev.dockerlab.model.Assertion;
import dev.dockerlab.model.CommandAssertion;
import dev.dockerlab.model.ContainerAssertion;
import dev.dockerlab.model.FileClaim;
import dev.dockerlab.model.HostAssertion;
import dev.dockerlab.model.ImageAssertion;
import dev.dockerlab.model.MountAccess;
import dev.dockerlab.model.MountSource;
import dev.dockerlab.model.TypedAssertion;
import dev.dockerlab.model.Variables;
import dev.dockerlab.model.VolumeAssertion;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every example on the public format page must keep parsing: the page is the
 * contract. The project keeps the page in docs/, and where the shared original
 * sits beside the project, the copy must begin with it unchanged.
 */
class LessonFormatExamplesTest {

    private static final Variables VARIABLES = new Variables("/home/learner/dockerlab lab", "dockerlab/lab:1", "demo");

    private static String page;

    private static final Path PAGE = Path.of("docs/LESSON-FORMAT.md");
    private static final Path SHARED_ORIGINAL = Path.of("").toAbsolutePath().resolve("../shared/LESSON-FORMAT.md").normalize();

    @BeforeAll
    static void readPage() throws IOException {
        if (!Files.isRegularFile(PAGE)) {
            fail("the format page is missing: expected " + PAGE.toAbsolutePath());
        }
        page = Files.readString(PAGE);
    }

    /**
     * The agreed page stays whole at the top, every line in order and unchanged;
     * what the format gained since is appended under one "## Extensions" heading.
     */
    @Test
    void theProjectsCopyBeginsWithTheSharedContractWhole() throws IOException {
        assumeTrue(Files.isRegularFile(SHARED_ORIGINAL), "no shared original beside the project to compare with");
        String original = Files.readString(SHARED_ORIGINAL);

        assertThat(page).as("docs/LESSON-FORMAT.md must begin with " + SHARED_ORIGINAL + " unchanged").startsWith(original);
        String added = page.substring(original.length());
        if (!added.isEmpty()) {
            assertThat(added).as("what follows the shared original").startsWith("\n## Extensions\n");
            assertThat(headingsOfLevel(2, added))
                    .as("sections after the shared original: only Extensions, with ### subsections")
                    .containsExactly("## Extensions");
        }
    }

    @Test
    void everyExampleLessonOfTheExtensionsReads() {
        List<String> examples = fencedBlocks("markdown");
        assertThat(examples).isNotEmpty();
        for (String example : examples) {
            LoadedLesson loaded = new LessonLoader(VARIABLES).parse(Path.of("05-named-volumes.md"), """
                    ---
                    resources: {containers: [web], volumes: [website]}
                    ---
                    # Example

                    """ + example);

            assertThat(loaded.problems()).as(example).isEmpty();
            assertThat(loaded.lesson().exercises()).as(example).isNotEmpty();
        }
    }

    @Test
    void theAlternativeAndMistakeExampleMeansWhatItSays() {
        String example = fencedBlocks("markdown").stream().filter(text -> text.contains("```mistake")).findFirst().orElseThrow();
        LoadedLesson loaded = new LessonLoader(VARIABLES).parse(Path.of("05-named-volumes.md"),
                "---\nresources: {containers: [web], volumes: [website]}\n---\n# Example\n\n" + example);

        List<Attempt> attempts = loaded.lesson().exercises().get(0).attempts();
        assertThat(attempts).extracting(Attempt::kind, Attempt::title, Attempt::fails, Attempt::hint).containsExactly(
                tuple(Attempt.Kind.ALTERNATIVE, "--mount instead of -v", Optional.empty(), Optional.empty()),
                tuple(Attempt.Kind.MISTAKE, "an anonymous volume", Optional.of("mounts volume website"), Optional.of("name it")));
    }

    @Test
    void everyCheckLineOnThePageParses() throws CheckSyntaxException {
        List<String> lines = checkLines();
        assertThat(lines).hasSizeGreaterThan(40);
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            try {
                CheckParser.parse(line, VARIABLES);
            } catch (CheckSyntaxException e) {
                failures.add(line + " -> " + e.getMessage());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void pageExamplesMeanWhatTheySay() throws CheckSyntaxException {
        assertThat(parse("container web is stopped                  # created or exited"))
                .isEqualTo(new ContainerAssertion.Life("web", ContainerAssertion.Life.State.STOPPED));
        assertThat(parse("container web mounts bind ${LAB}/html at /data/html read-write"))
                .isEqualTo(new ContainerAssertion.Mount("web", new MountSource.Bind("/home/learner/dockerlab lab/html"),
                        "/data/html", MountAccess.READ_WRITE));
        assertThat(parse("container web serves \"Hello\" on port 80 path /index.html"))
                .isEqualTo(new ContainerAssertion.Serves("web", "Hello", 80, Optional.of("/index.html")));
        assertThat(parse("volume website has label course=dockerlab"))
                .isEqualTo(new VolumeAssertion.Label("website", "course", "dockerlab"));
        assertThat(parse("image ${IMAGE} file /srv/www/index.html contains \"Welcome\""))
                .isEqualTo(new ImageAssertion.File("dockerlab/lab:1", "/srv/www/index.html",
                        FileClaim.contains("Welcome")));
        assertThat(parse("host ${LAB}/html is a directory"))
                .isEqualTo(new HostAssertion("/home/learner/dockerlab lab/html", HostAssertion.Kind.IS_DIRECTORY, null));
        assertThat(parse("archive ${LAB}/backup.tar entry data/html/index.html contains \"Hello\""))
                .isEqualTo(new ArchiveAssertion("/home/learner/dockerlab lab/backup.tar",
                        ArchiveAssertion.Kind.ENTRY_CONTAINS, "data/html/index.html", "Hello"));
        assertThat(parse("typed \"--volumes-from\"")).isEqualTo(new TypedAssertion("--volumes-from"));
        assertThat(parse("command \"docker volume rm website\" fails with \"in use\""))
                .isEqualTo(new CommandAssertion("docker volume rm website", CommandAssertion.Kind.FAILS_WITH, List.of("in use")));
    }

    @Test
    void everyHintWhenOnThePageParses() throws CheckSyntaxException {
        List<String> conditions = inlineCode().stream()
                .filter(code -> code.startsWith("hint when ") && !code.equals("hint when ASSERTION"))
                .map(code -> code.substring("hint when ".length()))
                .toList();
        assertThat(conditions).isNotEmpty();
        for (String condition : conditions) {
            assertThat(CheckParser.parse(condition, VARIABLES)).isInstanceOf(ContainerAssertion.class);
        }
    }

    @Test
    void frontMatterExampleOnThePageReads() {
        String yaml = fencedBlocks("yaml").get(0);
        LoadedLesson loaded = new LessonLoader(VARIABLES).parse(Path.of("05-named-volumes.md"),
                yaml + "\n# Ignored title\n\n## A step\n\nText.\n");

        assertThat(loaded.problems()).isEmpty();
        Lesson lesson = loaded.lesson();
        assertThat(lesson.title()).isEqualTo("Named volumes");
        assertThat(lesson.summary()).isEqualTo("Volumes that Docker manages by name");
        assertThat(lesson.requires()).isEqualTo(new Requirements("overlay2"));
        assertThat(lesson.resources()).isEqualTo(new Resources(List.of("web1", "web2"), List.of("website"),
                List.of("lab-nginx:v1"), List.of("html", "backup.tar")));
    }

    private static Assertion parse(String line) throws CheckSyntaxException {
        return CheckParser.parse(line, VARIABLES);
    }

    private static List<String> checkLines() {
        return fencedBlocks("check").stream()
                .flatMap(String::lines)
                .filter(CheckParser::isAssertionLine)
                .toList();
    }

    private static List<String> fencedBlocks(String info) {
        List<String> blocks = new ArrayList<>();
        Parser.builder().build().parse(page).accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if (block.getInfo().equals(info)) {
                    blocks.add(block.getLiteral());
                }
            }
        });
        return blocks;
    }

    private static List<String> headingsOfLevel(int level, String markdown) {
        List<String> headings = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == level && heading.getFirstChild() instanceof Text text) {
                    headings.add("#".repeat(level) + " " + text.getLiteral());
                }
            }
        });
        return headings;
    }

    private static List<String> inlineCode() {
        List<String> codes = new ArrayList<>();
        Parser.builder().build().parse(page).accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                codes.add(code.getLiteral());
            }
        });
        return codes;
    }
}
