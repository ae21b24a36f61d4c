package org.cooplog.kafka.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.cooplog.events.Topics;
import org.cooplog.events.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each Kafka user may write, read from the policy itself. */
class AccessPolicyTests {

    @ParameterizedTest
    @EnumSource(Track.class)
    void aPublisherMayWriteOnlyItsOwnTrack(Track track) {
        assertThat(written(AccessPolicy.publisherOf(track)))
                .containsExactly(Topics.of(track).name());
    }

    @Test
    void theAuditorMayWriteNothing() {
        assertThat(AccessPolicy.bindings())
                .filteredOn(acl -> acl.entry().principal().equals("User:audit"))
                .extracting(acl -> acl.entry().operation())
                .containsOnly(AclOperation.READ, AclOperation.DESCRIBE);
    }

    @Test
    void theProjectorWritesReportsCheckpointsAndDeadLettersOnly() {
        assertThat(written(AccessPolicy.PROJECTOR))
                .contains(Topics.REPORTS.name(), Topics.AUDIT_CHECKPOINTS.name())
                .allMatch(topic -> topic.endsWith(".dlt")
                        || topic.equals(Topics.REPORTS.name())
                        || topic.equals(Topics.AUDIT_CHECKPOINTS.name()));
    }

    private static List<String> written(String user) {
        return AccessPolicy.bindings().stream()
                .filter(acl -> acl.entry().principal().equals("User:" + user))
                .filter(acl -> acl.pattern().resourceType() == ResourceType.TOPIC)
                .filter(acl -> acl.entry().operation() == AclOperation.WRITE)
                .map(AclBinding::pattern)
                .map(pattern -> pattern.name())
                .toList();
    }
}
