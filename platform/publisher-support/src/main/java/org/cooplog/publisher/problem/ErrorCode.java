package org.cooplog.publisher.problem;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What is wrong with a field, as a word a client can branch on and say in its own language; the English
 * {@code message} beside it is for people reading the API's answer. The codes are part of the API: never rename one.
 */
public enum ErrorCode {
    /** Missing, null or blank. */
    REQUIRED("required"),
    /** No date in an accepted form. */
    DATE("date"),
    /** A date outside the range the log holds; {@code allowed} gives the first and the last day accepted. */
    IMPLAUSIBLE_DATE("implausibleDate"),
    /** An end, or a postponement, before the start. */
    END_BEFORE_START("endBeforeStart"),
    /** Not a whole number. */
    WHOLE_NUMBER("wholeNumber"),
    /** Not a number. */
    NUMBER("number"),
    /** Smaller than {@code limit}. */
    TOO_SMALL("tooSmall"),
    /** Larger than {@code limit}. */
    TOO_LARGE("tooLarge"),
    /** Text longer than {@code limit} characters. */
    TOO_LONG("tooLong"),
    /** A list of more than {@code limit} items. */
    TOO_MANY("tooMany"),
    /** Not a country code. */
    COUNTRY("country"),
    /** Not one of the values accepted; {@code allowed} lists them when they are few enough to list. */
    ONE_OF("oneOf"),
    /** Not a field of this request, or not of a request of this kind; {@code allowed} lists the fields it has. */
    UNKNOWN_FIELD("unknownField"),
    /** Text with characters that cannot be shown. */
    TEXT("text"),
    /** A JSON value of the wrong kind: a number for a text, a list for an object, … */
    TYPE("type"),
    /** Anything else. */
    INVALID("invalid");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
