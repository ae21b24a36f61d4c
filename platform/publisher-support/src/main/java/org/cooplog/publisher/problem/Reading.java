package org.cooplog.publisher.problem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import tools.jackson.databind.DeserializationContext;

/**
 * The values of one body that could not be read so far, and the path of the object being read, kept for one call
 * of the mapper from the start of its outermost object to its end.
 */
final class Reading {

    private final List<FieldError> problems = new ArrayList<>();
    private final Deque<String> objects = new ArrayDeque<>();

    /** The reading under way in this call of the mapper, or null outside an object. */
    static Reading of(DeserializationContext context) {
        return (Reading) context.getAttribute(Reading.class);
    }

    static Reading start(DeserializationContext context) {
        Reading reading = new Reading();
        context.setAttribute(Reading.class, reading);
        return reading;
    }

    static void end(DeserializationContext context) {
        context.setAttribute(Reading.class, null);
    }

    void add(FieldError problem) {
        problems.add(problem);
    }

    /** The problems noted, without those inside a value that is itself named as unreadable. */
    List<FieldError> problems() {
        return problems.stream()
                .filter(problem -> problems.stream()
                        .noneMatch(outer -> outer != problem
                                && !outer.field().equals(problem.field())
                                && problem.within(outer.field())))
                .toList();
    }

    void enter(String path) {
        objects.push(path);
    }

    void leave() {
        objects.pop();
    }

    /** The path of a field of the object being read. */
    String field(String name) {
        String object = objects.isEmpty() ? "" : objects.peek();
        return object.isEmpty() ? name : object + "." + name;
    }
}
