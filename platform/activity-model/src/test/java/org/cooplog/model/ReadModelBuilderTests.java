package org.cooplog.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.activity.ActivityPostponed;
import org.junit.jupiter.api.Test;

class ReadModelBuilderTests {

    private static final String TOPIC = "cooplog.bilateral.events";

    @Test
    void everyModelHandedOutHoldsExactlyTheEventsTakenBeforeItAndNeverChangesAfterwards() {
        Random random = new Random(20261126);
        ReadModelBuilder builder = new ReadModelBuilder();
        List<SpecificRecord> taken = new ArrayList<>();
        List<Chain> chains = new ArrayList<>();
        List<ReadModel> models = new ArrayList<>();
        List<Map<String, Activity>> expected = new ArrayList<>();
        for (int step = 0; step < 3_000; step++) {
            SpecificRecord event = nextEvent(random, chains);
            builder.accept(TOPIC, 0, step, event);
            taken.add(event);
            if (random.nextInt(25) == 0) {
                models.add(builder.snapshot());
                expected.add(replayed(taken));
            }
        }
        models.add(builder.snapshot());
        expected.add(replayed(taken));

        assertThat(models).hasSizeGreaterThan(50);
        for (int i = 0; i < models.size(); i++) {
            assertThat(contents(models.get(i))).as("model %d", i).isEqualTo(expected.get(i));
        }
    }

    @Test
    void aModelStandsUntilSomethingChanges() {
        ReadModelBuilder builder = new ReadModelBuilder();
        Chain chain = Chain.plannedWorkshop();
        builder.accept(TOPIC, 0, 0, chain.events().get(0));
        ReadModel first = builder.snapshot();

        assertThat(builder.snapshot()).isSameAs(first);

        builder.accept(TOPIC, 0, 1, new byte[] {1, 2, 3});
        ReadModel withAnomaly = builder.snapshot();
        assertThat(withAnomaly).isNotSameAs(first);
        assertThat(withAnomaly.anomalies()).hasSize(1);
        assertThat(first.anomalies()).isEmpty();

        builder.accept(TOPIC, 0, 2, chain.append(e -> new ActivityCancelled(e, "Đối tác rút")));
        ReadModel cancelled = builder.snapshot();
        assertThat(cancelled.activity(chain.activity().id()).orElseThrow().version())
                .isEqualTo(2);
        assertThat(first.activity(chain.activity().id()).orElseThrow().version())
                .isEqualTo(1);
        assertThat(cancelled.activity("bilateral-none")).isEmpty();
    }

    /** A new activity, or the next event of one still open: postponed, then cancelled. */
    private static SpecificRecord nextEvent(Random random, List<Chain> chains) {
        List<Chain> open = chains.stream().filter(c -> c.events().size() < 3).toList();
        if (open.isEmpty() || random.nextInt(3) == 0) {
            Chain chain = Chain.plannedWorkshop();
            chains.add(chain);
            return chain.events().get(0);
        }
        Chain chain = open.get(random.nextInt(open.size()));
        return chain.events().size() == 1
                ? chain.append(e -> new ActivityPostponed(e, "Covid-19", PartialDates.parse("2021-09")))
                : chain.append(e -> new ActivityCancelled(e, "Đối tác rút"));
    }

    private static Map<String, Activity> replayed(List<SpecificRecord> events) {
        Map<String, Activity> activities = new TreeMap<>();
        for (SpecificRecord event : events) {
            String id = org.cooplog.events.codec.EventHash.envelopeOf(event).getActivityId();
            activities.put(id, ActivityFold.apply(activities.get(id), event));
        }
        return activities;
    }

    /** The model's activities in the order it lists them, each also found by its id. */
    private static Map<String, Activity> contents(ReadModel model) {
        Map<String, Activity> listed = new java.util.LinkedHashMap<>();
        for (Activity activity : model.activities()) {
            listed.put(activity.id(), activity);
            assertThat(model.activity(activity.id())).contains(activity);
        }
        assertThat(List.copyOf(listed.keySet())).isSorted();
        assertThat(model.size()).isEqualTo(listed.size());
        return listed;
    }
}
