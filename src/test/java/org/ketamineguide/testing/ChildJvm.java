package org.ketamineguide.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command line of a child JVM that runs a class from the test class path, the way a
 * packaged app starts: a fresh {@code java} with every property on its own command line.
 */
public final class ChildJvm {
    private final List<String> jvmArgs = new ArrayList<>();
    private final String mainClass;
    private final List<String> args = new ArrayList<>();

    private ChildJvm(String mainClass) {
        this.mainClass = mainClass;
    }

    public static ChildJvm of(Class<?> main) {
        return new ChildJvm(main.getName());
    }

    public ChildJvm jvm(String... more) {
        jvmArgs.addAll(List.of(more));
        return this;
    }

    public ChildJvm args(String... more) {
        args.addAll(List.of(more));
        return this;
    }

    /** The {@code java} of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The test run's class path. Surefire and Failsafe start tests from a manifest-only jar, so
     * {@code java.class.path} names that jar alone; they put the real class path in
     * {@code surefire.test.class.path}.
     */
    public static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }

    /** True when the class is on the test class path (the Monocle jar only is, when headless). */
    public static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, ChildJvm.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The whole command, optionally behind a wrapper such as strace. */
    public List<String> command(String... wrapper) {
        List<String> cmd = new ArrayList<>(List.of(wrapper));
        cmd.add(java());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    @Override
    public String toString() {
        return String.join(" ", command()).replace(classPath(), "<test class path>")
                .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
    }
}
