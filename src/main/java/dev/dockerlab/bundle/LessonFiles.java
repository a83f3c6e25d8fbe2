package dev.dockerlab.bundle;

/** The files of a bundle's lesson folder: all of them, and the lesson files ({@code NN-slug.md}) among them. */
public record LessonFiles(int files, int lessons) {

    public int others() {
        return files - lessons;
    }
}
