package org.ketamineguide.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketamineguide.json.JsonProblem.Kind;

/**
 * The one way the app reads a JSON file: strict RFC 8259 text, checked before any field is read.
 * Gson's {@link JsonReader} in strict mode is the tokenizer; on top of it this class refuses, with
 * a {@link JsonProblem} naming the file and, where it applies, the field:
 * <ul>
 *   <li>anything that is not a regular file (folders, named pipes, devices such as
 *       {@code /dev/zero}, sockets), judged by type <em>before</em> the file is opened, so nothing
 *       blocks or streams without end; a symbolic link is judged by what it points to;</li>
 *   <li>more bytes than the limit, counted while reading (a file's stated size is only a first,
 *       quick check), and text that is not UTF-8 or starts with a byte order mark;</li>
 *   <li>comments, unquoted names, single quotes, trailing commas, NaN and Infinity, and any text
 *       after the root value, which must be one object;</li>
 *   <li>a name given twice in one object, nesting deeper than {@link #MAX_DEPTH}, and control
 *       characters (U+0000 to U+001F and U+007F) or broken surrogate pairs in names and text,
 *       whether raw or written as escapes such as {@code \n} or {@code \u0000}: no text the
 *       app shows has a reason to hold one.</li>
 * </ul>
 * Numbers are kept as written and read by {@link JsonFields} as exact, bounded decimals.
 *
 * <p>A file that is replaced by a pipe between the type check and the opening could still block;
 * only someone who can already write to that folder can do that. Immutable; any thread.
 */
public final class StrictJson {
    /** Files larger than this are refused unless a reader sets its own limit. */
    public static final long DEFAULT_MAX_BYTES = 1024 * 1024;
    /** Objects and lists may nest this deep; the app's own files need fewer than ten levels. */
    public static final int MAX_DEPTH = 32;
    private static final int MAX_NAME_IN_MESSAGE = 40;
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

    private final String file;
    private final long maxBytes;
    private final JsonProblem.Maker maker;

    private StrictJson(String file, long maxBytes, JsonProblem.Maker maker) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.maker = maker;
    }

    /**
     * A reader for one file, with the default size limit and plain {@link JsonProblem}s.
     *
     * @param file the name that problems give the file (such as {@code topics/side-effects.json}),
     *             or null for text that has no file
     */
    public static StrictJson named(String file) {
        return new StrictJson(file, DEFAULT_MAX_BYTES, JsonProblem::new);
    }

    /** The same reader with another size limit, in bytes (and in characters for text). */
    public StrictJson maxBytes(long limit) {
        if (limit < 1 || limit > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("limit out of range: " + limit);
        }
        return new StrictJson(file, limit, maker);
    }

    /** The same reader making its problems with the given maker (a reader's own subclass). */
    public StrictJson problems(JsonProblem.Maker problemMaker) {
        return new StrictJson(file, maxBytes, problemMaker);
    }

    public String file() {
        return file;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads and checks a file; see the class comment. */
    public JsonFields read(Path path) {
        return parse(readText(path));
    }

    /** Reads and checks a stream (such as a bundled resource); the caller closes it. */
    public JsonFields read(InputStream in) {
        return parse(readText(in));
    }

    /**
     * The text of a regular file of at most the size limit, in UTF-8; nothing is opened before its
     * type has been checked.
     */
    public String readText(Path path) {
        BasicFileAttributes attributes;
        try {
            // Follows links on purpose: a link is judged by the file it leads to.
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw damaged(null, "was not found");
        } catch (IOException | SecurityException e) {
            throw damaged(null, "cannot be read");
        }
        if (attributes.isDirectory()) {
            throw damaged(null, "is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw damaged(null, "is not a regular file (it may be a device or a pipe)");
        }
        if (attributes.size() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = Files.newInputStream(path)) {
            return readText(in);
        } catch (AccessDeniedException e) {
            throw damaged(null, "cannot be read (no permission)");
        } catch (IOException | SecurityException e) {
            throw damaged(null, "cannot be read");
        }
    }

    /** The text of a stream of at most the size limit, counted while reading, in UTF-8. */
    public String readText(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw damaged(null, "cannot be read");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw damaged(null, "is not text in UTF-8");
        }
    }

    /** Checks JSON text, which must hold one object, and returns that object's fields. */
    public JsonFields parse(String text) {
        if (text == null || text.isBlank()) {
            throw damaged(null, "is empty");
        }
        if (text.length() > maxBytes) {
            throw tooLarge();
        }
        if (text.charAt(0) == '\uFEFF') {
            throw damaged(null, "starts with a byte order mark; save it as UTF-8 without one");
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(MAX_DEPTH + 1);
        try {
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                throw damaged(null, "must hold one JSON object");
            }
            JsonObject root = value(reader, "", 0).getAsJsonObject();
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw damaged(null, "has more text after its end");
            }
            return new JsonFields(this, null, "", root);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw damaged(null, "is not valid JSON" + location(e.getMessage()));
        }
    }

    /** A problem with the whole file or, when {@code field} is set, at that place in it. */
    JsonProblem damaged(String field, String problem) {
        return make(null, field, Kind.DAMAGED, problem);
    }

    JsonProblem make(String item, String field, Kind kind, String problem) {
        return maker.make(file, item, field, kind, problem);
    }

    private JsonProblem tooLarge() {
        return damaged(null, "is too large (more than " + (maxBytes >= 1024 ? maxBytes / 1024 + " KB" : maxBytes
                + " bytes") + ")");
    }

    private JsonElement value(JsonReader reader, String path, int depth) throws IOException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                requireDepth(path, depth);
                reader.beginObject();
                JsonObject object = new JsonObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    checkText(name, path, "holds a name with a ");
                    String at = path.isEmpty() ? clip(name) : path + "." + clip(name);
                    if (object.has(name)) {
                        throw damaged(where(at), "is given twice");
                    }
                    object.add(name, value(reader, at, depth + 1));
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                requireDepth(path, depth);
                reader.beginArray();
                JsonArray array = new JsonArray();
                while (reader.hasNext()) {
                    array.add(value(reader, path + "[" + array.size() + "]", depth + 1));
                }
                reader.endArray();
                return array;
            }
            case STRING -> {
                String s = reader.nextString();
                checkText(s, path, "holds a ");
                return new JsonPrimitive(s);
            }
            case NUMBER -> {
                return new JsonPrimitive(new JsonNumber(reader.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new IllegalStateException("unexpected " + reader.peek());
        }
    }

    private void requireDepth(String path, int depth) {
        if (depth >= MAX_DEPTH) {
            throw damaged(where(path), "is nested too deeply");
        }
    }

    /** Refuses control characters and broken surrogate pairs; {@code holds} starts the reason. */
    private void checkText(String s, String path, String holds) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw damaged(where(path), holds + "control character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw damaged(where(path), holds + "broken character");
            }
        }
    }

    /** A place in the file for a message: null for the root, the start of a very long path. */
    private static String where(String path) {
        if (path.isEmpty()) {
            return null;
        }
        return path.length() > 2 * MAX_NAME_IN_MESSAGE ? path.substring(0, 2 * MAX_NAME_IN_MESSAGE - 3) + "..." : path;
    }

    private static String clip(String s) {
        return s.length() > MAX_NAME_IN_MESSAGE ? s.substring(0, MAX_NAME_IN_MESSAGE - 3) + "..." : s;
    }

    /** " (line 3, column 5)" from Gson's message, or nothing; Gson's own words are left out. */
    private static String location(String gsonMessage) {
        if (gsonMessage == null) {
            return "";
        }
        Matcher m = LOCATION.matcher(gsonMessage);
        return m.find() ? " (line " + m.group(1) + ", column " + m.group(2) + ")" : "";
    }
}
