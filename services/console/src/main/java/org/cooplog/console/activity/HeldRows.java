package org.cooplog.console.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooplog.console.web.FormField;

/**
 * The outcome and participant rows of the form of a held activity, as many as the person added. Rows left empty are
 * dropped and the rest numbered again from the first, so what is sent, and the errors the publisher names by row,
 * match the rows the page shows again.
 *
 * @param outcomes how many outcome rows the page shows
 * @param participants how many participant rows the page shows
 * @param values what was typed into the rows, by the inputs' names after numbering again
 */
record HeldRows(int outcomes, int participants, Map<String, String> values) {

    private static final Pattern OUTCOME = Pattern.compile("outcomes\\[(\\d{1,3})]");
    private static final Pattern PARTICIPANT =
            Pattern.compile("participants\\[(\\d{1,3})]\\.(side|organisation|count)");

    /** The rows as typed, empty ones dropped; at least one empty row of each kind to type into. */
    static HeldRows of(Map<String, String> form) {
        TreeMap<Integer, String> outcomes = new TreeMap<>();
        TreeMap<Integer, Map<String, String>> participants = new TreeMap<>();
        form.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            Matcher outcome = OUTCOME.matcher(name);
            if (outcome.matches()) {
                outcomes.put(Integer.valueOf(outcome.group(1)), value);
            }
            Matcher participant = PARTICIPANT.matcher(name);
            if (participant.matches()) {
                participants
                        .computeIfAbsent(Integer.valueOf(participant.group(1)), i -> new LinkedHashMap<>())
                        .put(participant.group(2), value);
            }
        });
        Map<String, String> values = new LinkedHashMap<>();
        int i = 0;
        for (String outcome : outcomes.values()) {
            values.put("outcomes[" + i++ + "]", outcome);
        }
        int j = 0;
        for (Map<String, String> row : participants.values()) {
            int index = j++;
            row.forEach((part, value) -> values.put("participants[" + index + "]." + part, value));
        }
        return new HeldRows(Math.max(1, outcomes.size()), Math.max(1, participants.size()), values);
    }

    /** The same rows and one more empty row of the kind asked for ("outcome" or "participant"). */
    HeldRows withOneMore(String kind) {
        return new HeldRows(
                outcomes + ("outcome".equals(kind) ? 1 : 0),
                participants + ("participant".equals(kind) ? 1 : 0),
                values);
    }

    List<List<FormField>> outcomeRows() {
        List<List<FormField>> rows = new ArrayList<>();
        for (int i = 0; i < outcomes; i++) {
            rows.add(Forms.outcomeRow(i));
        }
        return rows;
    }

    List<List<FormField>> participantRows() {
        List<List<FormField>> rows = new ArrayList<>();
        for (int i = 0; i < participants; i++) {
            rows.add(Forms.participantRow(i));
        }
        return rows;
    }

    /** Every input of every row, for building the request body. */
    List<FormField> fields() {
        List<FormField> fields = new ArrayList<>();
        outcomeRows().forEach(fields::addAll);
        participantRows().forEach(fields::addAll);
        return fields;
    }
}
