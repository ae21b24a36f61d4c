package org.cooplog.console.activity;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cooplog.console.web.WrittenDates;

/**
 * The timeline's filter as a person fills it in, turned into the projector's query. Dates are typed as people in Viet
 * Nam write them; a month or a year is a period, so "from 03/2022" means from its first day and "to 2022" up to its
 * last day. What cannot be read is said next to its field, by message key, rather than sent on.
 *
 * @param query the projector's parameters, by name, in the order of the form
 * @param errors message keys of what could not be read, by the form's field name
 */
record TimelineFilter(Map<String, String> query, Map<String, String> errors) {

    static final List<String> WORDS = List.of("q", "track", "status", "modality", "partner");

    static TimelineFilter of(Map<String, String> typed) {
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        WORDS.forEach(name -> given(typed, name).ifPresent(value -> query.put(name, value)));
        Optional<LocalDate> from = given(typed, "from").flatMap(text -> day(text, true, "from", errors));
        Optional<LocalDate> to = given(typed, "to").flatMap(text -> day(text, false, "to", errors));
        from.ifPresent(day -> query.put("from", day.toString()));
        to.ifPresent(day -> query.put("to", day.toString()));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.put("to", "filter.toBeforeFrom");
        }
        return new TimelineFilter(query, errors);
    }

    boolean readable() {
        return errors.isEmpty();
    }

    /** The first or last day of what was typed: a day, a month or a year. */
    private static Optional<LocalDate> day(String typed, boolean first, String field, Map<String, String> errors) {
        Optional<LocalDate> day = WrittenDates.iso(typed).map(iso -> switch (iso.length()) {
            case 4 ->
                first ? Year.parse(iso).atDay(1) : Year.parse(iso).atMonth(12).atEndOfMonth();
            case 7 ->
                first ? YearMonth.parse(iso).atDay(1) : YearMonth.parse(iso).atEndOfMonth();
            default -> LocalDate.parse(iso);
        });
        if (day.isEmpty()) {
            errors.put(field, "filter.notADate");
        }
        return day;
    }

    private static Optional<String> given(Map<String, String> typed, String name) {
        return Optional.ofNullable(typed.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
