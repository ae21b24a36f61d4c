package org.cooplog.reporting.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cooplog.events.common.DatePrecision;
import org.cooplog.events.common.Delegation;
import org.cooplog.events.common.DocumentRef;
import org.cooplog.events.common.DocumentStatus;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.common.PartialDate;
import org.cooplog.events.common.Venue;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;
import org.cooplog.model.PartialDates;

/**
 * One activity told in a sentence or three of part II, from its events: what was done, when, how, with whom and who
 * paid; the delegation, the participants of a training, the documents adopted. A clause with nothing to say is left
 * out, and a number nobody recorded is said to be unknown, never 0.
 */
final class ActivityProse {

    private static final List<DocumentStatus> CONCLUDED =
            List.of(DocumentStatus.ADOPTED, DocumentStatus.SIGNED, DocumentStatus.AGREED);

    private final Words words;
    private final Names names;
    private final String subject;
    private final LocalDate today;

    /**
     * @param subject who acts in the sentences, e.g. Thanh tra Chính phủ
     * @param today the report's date: a planned activity whose dates are before it awaits its outcome
     */
    ActivityProse(Words words, String subject, LocalDate today) {
        this.words = words;
        this.names = new Names(words.language());
        this.subject = subject;
        this.today = today;
    }

    String of(Activity activity) {
        return of(activity, true);
    }

    /**
     * @param first whether the sentence opens its passage: the ones after it do not name the subject again ("Đã tham
     *     dự…", "It also attended…"), as a department writes a list of what it did
     */
    String of(Activity activity, boolean first) {
        String sentence = switch (activity.status()) {
            case HELD -> held(activity);
            case POSTPONED, CANCELLED -> stopped(activity);
            default -> planned(activity);
        };
        if (first || !sentence.startsWith(subject + " ")) {
            return sentence;
        }
        String again = words.get("subject.again");
        String rest = sentence.substring(subject.length() + 1);
        return again.isEmpty() ? Names.capitalised(rest) : again + " " + rest;
    }

    /** Planned, its dates past and no outcome recorded: "chưa cập nhật kết quả". */
    boolean awaitingOutcome(Activity activity) {
        return activity.status() == ActivityStatus.PLANNED
                && ActivityFacts.lastDay(activity).isBefore(today);
    }

    /** The verb of a kind, e.g. {@code đã gửi ý kiến}; {@code đã chủ trì} when Viet Nam chairs, and so on. */
    private String verb(Activity activity, String form) {
        if (vietNamChairs(activity)) {
            return words.get(form + ".chaired");
        }
        if (vietNamHosts(activity)) {
            return words.get(form + ".hosted");
        }
        String kind = ActivityFacts.kind(activity);
        String byTrack = form + "." + activity.track().name() + "." + kind;
        if (words.has(byTrack)) {
            return words.get(byTrack);
        }
        return words.has(form + "." + kind) ? words.get(form + "." + kind) : words.get(form + ".default");
    }

    static boolean vietNamChairs(Activity activity) {
        return "VN".equals(String.valueOf(ActivityFacts.field(activity.details(), "chair")));
    }

    static boolean vietNamHosts(Activity activity) {
        return "VN".equals(String.valueOf(ActivityFacts.field(activity.details(), "hostEconomy")));
    }

    /**
     * The title as the verb's object. A title that starts with what the verb says ("Góp ý kiến…" after "đã gửi ý
     * kiến") loses that start, so the sentence does not say it twice.
     */
    private String object(Activity activity) {
        String title = names.title(activity);
        if (!vietNamChairs(activity) && !vietNamHosts(activity)) {
            String leadKey = "lead." + ActivityFacts.kind(activity);
            String leads = words.has(leadKey) ? words.get(leadKey) : words.get("lead.default");
            for (String lead : leads.split("\\|")) {
                if (title.regionMatches(true, 0, lead + " ", 0, lead.length() + 1)) {
                    return title.substring(lead.length() + 1);
                }
            }
        }
        return (names.english() && !title.toLowerCase(Locale.ROOT).startsWith("the ") ? "the " : "")
                + Names.asObject(title);
    }

    private String held(Activity activity) {
        String verb = verb(activity, "verb");
        StringBuilder sentence = new StringBuilder(subject)
                .append(' ')
                .append(verb)
                .append(' ')
                .append(object(activity))
                .append(when(activity));
        circumstances(activity, sentence);
        sentence.append('.');
        List<String> more = new ArrayList<>();
        more.add(sentence.toString());
        delegation(activity).ifPresent(more::add);
        if (ActivityFacts.isTraining(activity)) {
            Integer participants = ActivityFacts.participants(activity);
            more.add(words.get(
                    "prose.participants",
                    participants == null ? words.get("prose.unknown") : String.valueOf(participants)));
        }
        for (DocumentStatus status : CONCLUDED) {
            List<String> titles = activity.outcome().getDocuments().stream()
                    .filter(d -> d.getStatus() == status)
                    .map(DocumentRef::getTitle)
                    .toList();
            if (!titles.isEmpty()) {
                more.add(words.get("prose.documents." + status.name(), names.list(titles)));
            }
        }
        return String.join(" ", more);
    }

    private String planned(Activity activity) {
        String verb = verb(activity, "plan");
        StringBuilder sentence = new StringBuilder(subject)
                .append(' ')
                .append(words.get(awaitingOutcome(activity) ? "prose.plannedPast" : "prose.planned"))
                .append(' ')
                .append(verb)
                .append(' ')
                .append(object(activity))
                .append(when(activity));
        circumstances(activity, sentence);
        if (awaitingOutcome(activity)) {
            sentence.append(words.get("prose.awaiting"));
        }
        sentence.append('.');
        delegation(activity).ifPresent(clause -> sentence.append(' ').append(clause));
        Integer expected = ActivityFacts.plannedParticipants(activity);
        if (ActivityFacts.isTraining(activity) && expected != null) {
            sentence.append(' ').append(words.get("prose.expected", String.valueOf(expected)));
        }
        return sentence.toString();
    }

    private String stopped(Activity activity) {
        StringBuilder sentence = new StringBuilder(
                        Names.capitalised((names.english() ? "the " : "") + Names.asObject(names.title(activity))))
                .append(words.get("prose.plannedFor", words.whenInWords(activity.starts(), activity.ends())))
                .append(' ')
                .append(words.get("prose." + activity.status().name()));
        if (activity.postponedUntil() != null) {
            sentence.append(' ').append(words.get("prose.until", words.bare(activity.postponedUntil())));
        }
        if (activity.statusReason() != null && !activity.statusReason().isBlank()) {
            sentence.append(words.get("prose.reason", activity.statusReason().strip()));
        }
        return sentence.append('.').toString();
    }

    /** When it took place, unless its title already says so ("…, tháng 6/2021", "giai đoạn 2021-2023"). */
    private String when(Activity activity) {
        String title = names.title(activity);
        PartialDate starts = activity.starts();
        PartialDate ends = activity.ends();
        boolean said = mentions(title, starts) && (ends == null || ends.equals(starts) || mentions(title, ends));
        return said ? "" : " " + words.whenInWords(starts, ends);
    }

    private boolean mentions(String title, PartialDate date) {
        return title.contains(words.bare(date))
                || title.contains(words.partial(date))
                || (date.getPrecision() == DatePrecision.YEAR
                        && title.contains(
                                String.valueOf(PartialDates.firstDay(date).getYear())));
    }

    private void circumstances(Activity activity, StringBuilder sentence) {
        Venue venue = activity.plan().getVenue();
        if (activity.modality() != Modality.ONLINE
                && venue != null
                && venue.getCity() != null
                && !names.title(activity).contains(venue.getCity())) {
            sentence.append(words.get("prose.venue", venue.getCity()));
        }
        String modality = words.get("modality.prose." + activity.modality().name());
        if (!modality.isEmpty()
                && !names.title(activity)
                        .toLowerCase(Locale.ROOT)
                        .contains(
                                words.get("modality.word." + activity.modality().name()))) {
            sentence.append(", ").append(modality);
        }
        Organisation organiser = (Organisation) ActivityFacts.field(activity.details(), "organiser");
        if (organiser != null) {
            sentence.append(words.get("prose.organiser", names.of(organiser)));
        }
        Organisation coordinator = (Organisation) ActivityFacts.field(activity.details(), "coordinator");
        if (coordinator != null) {
            sentence.append(words.get("prose.coordinator", names.of(coordinator)));
        }
        List<Organisation> with = new ArrayList<>(activity.plan().getPartners());
        Object agencies = ActivityFacts.field(activity.details(), "coordinatingAgencies");
        if (agencies instanceof List<?> list) {
            list.forEach(o -> with.add((Organisation) o));
        }
        if (!with.isEmpty()) {
            sentence.append(words.get("prose.with", names.of(with)));
        }
        if (!activity.plan().getFunders().isEmpty()) {
            sentence.append(words.get("prose.funders", names.of(activity.plan().getFunders())));
        }
    }

    private Optional<String> delegation(Activity activity) {
        Delegation delegation = activity.plan().getDelegation();
        if (delegation == null || ActivityFacts.delegation(activity) == null) {
            return Optional.empty();
        }
        List<String> clauses = new ArrayList<>();
        if (delegation.getHead() != null) {
            String position = delegation.getHead().getPosition();
            clauses.add(words.get(
                    "prose.delegation.head",
                    delegation.getHead().getName()
                            + (position == null || names.english() ? "" : " (" + position + ")")));
        }
        if (!delegation.getMemberAgencies().isEmpty()) {
            clauses.add(words.get("prose.delegation.members", names.of(delegation.getMemberAgencies())));
        }
        if (delegation.getSize() != null) {
            clauses.add(words.get("prose.delegation.size", String.valueOf(delegation.getSize())));
        }
        if (clauses.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(words.get(
                        "prose.delegation." + ActivityFacts.delegation(activity).name())
                + " " + String.join(", ", clauses) + ".");
    }
}
