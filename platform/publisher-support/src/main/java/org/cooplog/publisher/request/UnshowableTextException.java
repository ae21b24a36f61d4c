package org.cooplog.publisher.request;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A text field that breaks {@link ShowableText}'s rule; its message says how, for the person who wrote it. */
public final class UnshowableTextException extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    UnshowableTextException(JsonParser parser, String why, String text) {
        super(parser, why, text, String.class);
    }
}
