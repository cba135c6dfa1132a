package org.ketamineguide.content;

/**
 * A content file is missing, malformed or inconsistent. The message names the file, the item id and
 * the field so that an editor can find the problem at once.
 */
public final class ContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String itemId;
    private final String field;

    public ContentException(String file, String itemId, String field, String problem) {
        this(file, itemId, field, problem, null);
    }

    public ContentException(String file, String itemId, String field, String problem, Throwable cause) {
        super(describe(file, itemId, field, problem), cause);
        this.file = file;
        this.itemId = itemId;
        this.field = field;
    }

    private static String describe(String file, String itemId, String field, String problem) {
        var sb = new StringBuilder(file == null ? "content" : file);
        if (itemId != null) {
            sb.append(", item '").append(itemId).append('\'');
        }
        if (field != null) {
            sb.append(", field '").append(field).append('\'');
        }
        return sb.append(": ").append(problem).toString();
    }

    public String file() {
        return file;
    }

    public String itemId() {
        return itemId;
    }

    public String field() {
        return field;
    }
}
