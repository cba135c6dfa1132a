package org.ketamineguide.json;

/**
 * Why a JSON file was refused: the one problem type of every file reader in the app. It names the
 * file, the item (an id inside the file, when one applies) and the field, and says what is wrong in
 * a short plain phrase that can be shown to staff or a patient. Readers that need their own type
 * (content, plan files, clinic configuration, saved screenings) use a thin subclass made through a
 * {@link Maker}, so one checking code path produces every refusal. Immutable.
 */
public class JsonProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** What kind of problem it is, for readers that turn problems into their own words. */
    public enum Kind {
        /**
         * The file as a whole cannot be used: not a regular file, unreadable, too large, not UTF-8
         * text, not strict JSON, nested too deeply, a name given twice or a control character in
         * text. The field, when set, says where.
         */
        DAMAGED,
        /** A required field is absent or null. */
        MISSING,
        /** Text was expected. */
        NOT_TEXT,
        /** A number was expected. */
        NOT_NUMBER,
        /** {@code true} or {@code false} was expected. */
        NOT_TRUE_FALSE,
        /** An object was expected. */
        NOT_OBJECT,
        /** A list was expected. */
        NOT_LIST,
        /** A number far outside anything the app uses (a huge exponent, hundreds of digits). */
        OUT_OF_RANGE,
        /** The value has the right type but is wrong for this field; the reader says why. */
        INVALID
    }

    /** Makes the problem a reader throws; subclasses' constructors fit it. */
    @FunctionalInterface
    public interface Maker {
        JsonProblem make(String file, String item, String field, Kind kind, String problem);
    }

    private final String file;
    private final String item;
    private final String field;
    private final Kind kind;
    private final String reason;

    /**
     * @param file    the file's name as people know it, or null when the text has no file
     * @param item    the id of the item inside the file, or null
     * @param field   the field (a dotted path such as {@code insurance.covered}), or null for the whole file
     * @param kind    what kind of problem
     * @param problem what is wrong, plainly, such as "is missing"
     */
    public JsonProblem(String file, String item, String field, Kind kind, String problem) {
        this(describe(file, item, field, problem), file, item, field, kind, problem);
    }

    /** For subclasses that keep their own message format. */
    protected JsonProblem(String message, String file, String item, String field, Kind kind, String problem) {
        super(message);
        this.file = file;
        this.item = item;
        this.field = field;
        this.kind = kind == null ? Kind.INVALID : kind;
        this.reason = problem;
    }

    /** "file, item 'x', field 'y': problem", leaving out what is null. */
    public static String describe(String file, String item, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
        }
        if (item != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("item '").append(item).append('\'');
        }
        if (field != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("field '").append(field).append('\'');
        }
        return (sb.length() > 0 ? sb.append(": ") : sb).append(problem).toString();
    }

    /** The file's name, or null. */
    public String file() {
        return file;
    }

    /** The item id, or null. */
    public String itemId() {
        return item;
    }

    /** The field, or null when the problem is with the whole file. */
    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }

    /** What is wrong, without the file, item and field, such as "is missing". */
    public String reason() {
        return reason;
    }
}
