package dev.dockerlab.lesson;

import dev.dockerlab.model.CheckLine;
import dev.dockerlab.model.Variables;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the text of one lesson file into a {@link Lesson} and every problem found on the way. */
final class LessonParser {

    private final Path file;
    private final List<String> lines;
    private final Problems problems;

    private LessonParser(Path file, String source) {
        this.file = file;
        this.lines = source.lines().toList();
        this.problems = new Problems(file);
    }

    static LoadedLesson parse(Path file, String source, Variables variables) {
        return new LessonParser(file, source).parse(variables);
    }

    private LoadedLesson parse(Variables labVariables) {
        Optional<LessonFileName> name = LessonFileName.parse(file);
        if (name.isEmpty()) {
            problems.add(1, "file name must be NN-slug.md, like 05-named-volumes.md");
        }
        String id = name.map(LessonFileName::slug).orElseGet(this::fileNameWithoutExtension);
        Variables variables = labVariables.forLesson(id);

        FrontMatter front = FrontMatterReader.read(lines, problems);
        LessonOutline outline = LessonOutline.parse(lines, front.lastLine());
        List<SectionHeading> stepHeadings = outline.steps();
        int firstStepLine = stepHeadings.isEmpty() ? lines.size() + 1 : stepHeadings.get(0).line();
        UnknownVariableScan.report(lines, front.lastLine() + 1, outline.fences(), problems);
        BindSourceScan.report(lines, outline.fences(), problems);
        FenceRules.report(outline.fences(), firstStepLine, problems);

        Optional<SectionHeading> titleHeading = outline.headings().stream()
                .filter(heading -> heading.level() == 1).findFirst();
        String title = title(front, titleHeading, variables, id);
        List<LineRange> hidden = hidden(outline, titleHeading);
        String introduction = Substitution.apply(variables,
                VisibleText.of(lines, front.lastLine() + 1, firstStepLine - 1, hidden));
        List<Step> steps = steps(outline, stepHeadings, new StepReader(lines, variables, hidden, problems));
        reportDuplicateTitles(steps);
        if (front.readable()) {
            reportUndeclared(steps, new ResourceDeclarations(front.resources(), variables.image()));
        }
        List<Script> cleanup = outline.fences().stream()
                .filter(fence -> fence.role() == FenceRole.CLEANUP)
                .map(fence -> new Script(fence.body(), fence.line()))
                .toList();
        String summary = front.summary() == null ? "" : Substitution.apply(variables, front.summary());
        Lesson lesson = new Lesson(id, name.map(LessonFileName::number).orElse(0), file, title, summary,
                introduction, front.requires(), front.resources(), steps, cleanup);
        return new LoadedLesson(file, lesson, problems.toList(), problems.warnings());
    }

    /** The front matter's title, else the first {@code #} heading; the lesson id when there is neither. */
    private String title(FrontMatter front, Optional<SectionHeading> heading, Variables variables, String id) {
        Optional<String> title = Optional.ofNullable(front.title())
                .or(() -> heading.map(SectionHeading::text))
                .filter(text -> !text.isBlank());
        if (title.isEmpty() && front.readable()) {
            problems.add(1, "lesson has no title: begin it with '# Title' or set 'title:' in the front matter");
        }
        return Substitution.apply(variables, title.orElse(id));
    }

    private static List<LineRange> hidden(LessonOutline outline, Optional<SectionHeading> titleHeading) {
        List<LineRange> hidden = new ArrayList<>();
        titleHeading.ifPresent(heading -> hidden.add(heading.lines()));
        outline.fences().stream().filter(fence -> fence.role().isHidden()).forEach(fence -> hidden.add(fence.lines()));
        return hidden;
    }

    private List<Step> steps(LessonOutline outline, List<SectionHeading> headings, StepReader reader) {
        List<Step> steps = new ArrayList<>();
        int exerciseNumber = 1;
        for (int i = 0; i < headings.size(); i++) {
            SectionHeading heading = headings.get(i);
            int lastLine = i + 1 < headings.size() ? headings.get(i + 1).line() - 1 : lines.size();
            LineRange section = new LineRange(heading.line(), lastLine);
            List<CodeFence> fences = outline.fences().stream().filter(fence -> section.contains(fence.line())).toList();
            Step step = reader.read(i + 1, exerciseNumber, heading, lastLine, fences);
            if (step.isExercise()) {
                exerciseNumber++;
            }
            steps.add(step);
        }
        return steps;
    }

    private void reportDuplicateTitles(List<Step> steps) {
        Map<String, Integer> firstLines = new HashMap<>();
        for (Step step : steps) {
            Integer first = firstLines.putIfAbsent(step.title(), step.line());
            if (first != null) {
                problems.add(step.line(), "duplicate step title '" + step.title() + "' (first at line " + first + ")");
            }
        }
    }

    private void reportUndeclared(List<Step> steps, ResourceDeclarations declarations) {
        for (Step step : steps) {
            if (!step.isExercise()) {
                continue;
            }
            for (CheckLine check : step.exercise().checks()) {
                declarations.undeclared(check.assertion()).forEach(message -> problems.add(check.line(), message));
            }
            for (Hint hint : step.exercise().hints()) {
                if (hint.isConditional()) {
                    declarations.undeclared(hint.when()).forEach(message -> problems.add(hint.line(), message));
                }
            }
        }
    }

    private String fileNameWithoutExtension() {
        String name = String.valueOf(file.getFileName());
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
