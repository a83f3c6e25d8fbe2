package dev.dockerlab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, as users run it. The other tests run target/classes
 * with every dependency whole; this jar is minimized (shade's minimizeJar),
 * so what it dropped is checked here: a class some library loads by a name
 * written in a string must still be in it, and the commands run from it.
 */
class ShadedJarIT {

    static final Path JAR = Path.of("target/dockerlab.jar");
    private static final Pattern CLASS_NAME = Pattern.compile("(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*");

    @TempDir
    Path scratch;

    @Test
    void everyClassTheJarNamesInAStringIsInIt() throws IOException {
        Map<String, String> dropped = new TreeMap<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            Set<String> inJar = jar.stream().map(JarEntry::getName).collect(Collectors.toSet());
            for (JarEntry entry : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
                try (InputStream in = jar.getInputStream(entry)) {
                    for (String text : utf8Constants(in)) {
                        String resource = text.replace('.', '/') + ".class";
                        if (CLASS_NAME.matcher(text).matches() && !inJar.contains(resource) && inADependency(resource)) {
                            dropped.putIfAbsent(text, entry.getName());
                        }
                    }
                }
            }
        }
        assertThat(dropped).as("classes named in strings (class -> where named) that minimizeJar dropped").isEmpty();
    }

    @Test
    void theJarIsLeanAndCarriesNoBouncyCastle() throws IOException {
        // 9.7 MB before the guard, trust, blocks, checks and present of issues 11, 13 and 14 added 0.3 MB of
        // dockerlab's own classes; the cap catches a library slipping back in, not our own growth
        assertThat(Files.size(JAR)).isLessThan(10_500_000);
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.stream().map(JarEntry::getName)).noneMatch(name -> name.startsWith("org/bouncycastle/"));
        }
    }

    @Test
    void lintAndExportRunFromTheJar() throws Exception {
        assertThat(run(scratch, "lint", "lessons")).startsWith("0\n");
        Path site = scratch.resolve("site");

        assertThat(run(scratch, "export", "--html", site.toString())).startsWith("0\n");
        assertThat(site.resolve("index.html")).isNotEmptyFile();
    }

    /** "EXIT\nOUTPUT" of java -jar dockerlab.jar ARGS, with no terminal and state kept in the scratch folder. */
    static String run(Path scratch, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("XDG_STATE_HOME", scratch.resolve("state").toString());
        builder.environment().put("DOCKERLAB_DIR", scratch.resolve("lab").toString());
        builder.environment().put("DOCKERLAB_LESSONS_DEFAULT", Path.of("lessons").toAbsolutePath().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return process.exitValue() + "\n" + output;
    }

    /** On the test class path in a jar or folder of ours, not in the JDK. */
    private static boolean inADependency(String resource) {
        URL url = ShadedJarIT.class.getClassLoader().getResource(resource);
        return url != null && !url.getProtocol().equals("jrt");
    }

    /** The UTF-8 entries of a class file's constant pool. */
    private static List<String> utf8Constants(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        in.skipBytes(8);
        int count = in.readUnsignedShort();
        List<String> texts = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    index++;
                }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        return texts;
    }
}
