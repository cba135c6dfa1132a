package org.ketamineguide.content;

import org.ketamineguide.json.JsonProblem;

/**
 * A content file is missing, malformed or inconsistent: the content's flavour of the app's one
 * {@link JsonProblem}. The message names the file, the item id and the field so that an editor
 * can find the problem at once.
 */
public final class ContentException extends JsonProblem {
    private static final long serialVersionUID = 1L;

    public ContentException(String file, String itemId, String field, String problem) {
        this(file, itemId, field, Kind.INVALID, problem);
    }

    public ContentException(String file, String itemId, String field, String problem, Throwable cause) {
        this(file, itemId, field, Kind.INVALID, problem);
        initCause(cause);
    }

    /** The form {@link org.ketamineguide.json.StrictJson} makes problems in. */
    public ContentException(String file, String itemId, String field, Kind kind, String problem) {
        super(file == null ? "content" : file, itemId, field, kind, problem);
    }
}
