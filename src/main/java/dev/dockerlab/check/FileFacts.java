package dev.dockerlab.check;

import dev.dockerlab.docker.FileView;
import dev.dockerlab.model.FileClaim;
import dev.dockerlab.model.Quoting;
import dev.dockerlab.model.Verdict;

/** The three file predicates every subject shares: has file, has no file, file contains. */
final class FileFacts {

    private FileFacts() {
    }

    /**
     * Judges a claim about one path.
     *
     * @param where how the learner names the place, e.g. "container web" or "volume website"
     */
    static Verdict judge(FileClaim claim, String where, FileView file) {
        return claim.accept(new FileClaim.Visitor<>() {
            @Override
            public Verdict exists() {
                return hasFile(where, file);
            }

            @Override
            public Verdict missing() {
                return hasNoFile(where, file);
            }

            @Override
            public Verdict contains(String text) {
                return FileFacts.contains(where, file, text);
            }
        });
    }

    static Verdict hasFile(String where, FileView file) {
        return Verdict.of(file.exists(), describe(where, file));
    }

    static Verdict hasNoFile(String where, FileView file) {
        return Verdict.of(!file.exists(), describe(where, file));
    }

    static Verdict contains(String where, FileView file, String text) {
        if (!file.exists()) {
            return Verdict.of(false, describe(where, file));
        }
        if (file.kind() != FileView.Kind.FILE) {
            return Verdict.of(false, where + " has " + file.path() + " but it is a " + kindName(file) + ", not a file");
        }
        boolean holds = file.contains(text);
        return Verdict.of(holds, where + " file " + file.path() + (holds ? " contains " + Quoting.quote(text)
                : " does not contain " + Quoting.quote(text) + "; it says: " + Quoting.quote(Observed.excerpt(file.content()))));
    }

    static String describe(String where, FileView file) {
        if (file.exists()) {
            return where + " has " + kindName(file) + " " + file.path();
        }
        return where + " holds no file " + file.path() + "; " + file.neighbourhood();
    }

    private static String kindName(FileView file) {
        return switch (file.kind()) {
            case FILE -> "file";
            case DIRECTORY -> "folder";
            case LINK -> "link";
            case WHITEOUT -> "whiteout (a 0, 0 character device)";
            case OTHER -> "special file";
            case ABSENT -> "nothing";
        };
    }
}
