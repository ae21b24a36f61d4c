package org.cooplog.projector.activity;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityParties;
import org.cooplog.model.SearchText;

/**
 * How the timeline finds activities by what a person types, without regard to case or diacritics: by the words of
 * their title, and by whom they were with. People remember an activity by its title and a partner by its name, and
 * type either without the marks of Vietnamese.
 */
final class ActivitySearch {

    private ActivitySearch() {}

    /**
     * Activities whose Vietnamese or English title has every word typed, in any order, each as the start of a word:
     * "dao tao han" finds "Đào tạo … Hàn Quốc". Only titles, since the timeline shows titles and nothing else would
     * explain why a line was found.
     */
    static Predicate<Activity> titled(String words) {
        return activity -> SearchText.hasEveryWord(
                activity.plan().getTitle() + " " + nullToEmpty(activity.plan().getTitleEn()), words);
    }

    /**
     * Activities with the partner named: one of their parties is it (see {@link ActivityParties#include}), or its
     * name stands whole in their title or summary. A country may be named by code or by name in either language, and
     * any of its names in the text counts: "KR", "Korea" and "han quoc" all find a title that says "Hàn Quốc".
     */
    static Predicate<Activity> withPartner(String partner) {
        List<String> names = Stream.concat(Stream.of(partner), ActivityParties.countryNames(partner).stream())
                .toList();
        return activity -> ActivityParties.of(activity).include(partner)
                || Stream.of(
                                activity.plan().getTitle(),
                                activity.plan().getTitleEn(),
                                activity.plan().getSummary())
                        .anyMatch(text -> names.stream().anyMatch(name -> SearchText.hasPhrase(text, name)));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
