package org.ketamineguide.content;

import java.util.List;

/**
 * A group of topics in the browser, in the order the topics are listed.
 *
 * @param id       stable id
 * @param title    heading shown above the group
 * @param topicIds ids of the topics in the group, in display order
 */
public record Category(String id, String title, List<String> topicIds) {

    public Category {
        topicIds = List.copyOf(topicIds);
    }
}
