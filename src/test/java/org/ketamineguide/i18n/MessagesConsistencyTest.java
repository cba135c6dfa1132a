package org.ketamineguide.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every key the code or the FXML uses exists in {@code messages.properties}, and every key there
 * is used. A key counts as used when it appears as {@code %key} in FXML or as a string literal in
 * Java; a literal ending in "." followed by {@code +} marks every key with that prefix as used.
 */
class MessagesConsistencyTest {
    private static final Path JAVA = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.\\-]+)\"");
    private static final Pattern CALL_KEY = Pattern.compile(
            "\\b(?:get|format)\\(\\s*\"([a-z][A-Za-z0-9_\\-]*\\.[A-Za-z0-9_.\\-]*[A-Za-z0-9_\\-])\"(?!\\s*\\+)");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_\\-]*(?:\\.[A-Za-z0-9_\\-]+)+\\.?)\"");
    private static final Pattern PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9_.\\-]*\\.)\"\\s*\\+");

    private static Set<String> defined;
    private static Set<String> fxmlKeys;
    private static Set<String> callKeys;
    private static Set<String> literals;
    private static Set<String> prefixes;

    @BeforeAll
    static void scan() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/ketamineguide/i18n/messages.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        defined = new TreeSet<>(p.stringPropertyNames());
        String fxml = readAll(RESOURCES, ".fxml");
        String java = readAll(JAVA, ".java");
        fxmlKeys = matches(FXML_KEY, fxml);
        callKeys = matches(CALL_KEY, java);
        literals = matches(LITERAL, java);
        prefixes = matches(PREFIX, java);
    }

    @Test
    void everyKeyUsedInFxmlIsDefined() {
        Set<String> missing = fxmlKeys.stream().filter(k -> !defined.contains(k)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "FXML uses keys missing from messages.properties: " + missing);
    }

    @Test
    void everyKeyLookedUpInJavaIsDefined() {
        Set<String> missing = callKeys.stream().filter(k -> !defined.contains(k)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "Java looks up keys missing from messages.properties: " + missing);
    }

    @Test
    void everyDefinedKeyIsUsed() {
        Set<String> unused = defined.stream()
                .filter(k -> !fxmlKeys.contains(k) && !literals.contains(k) && prefixes.stream().noneMatch(k::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(unused.isEmpty(), "Keys defined in messages.properties but never used: " + unused);
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String readAll(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            StringBuilder sb = new StringBuilder();
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(suffix))::iterator) {
                sb.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
            return sb.toString();
        }
    }
}
