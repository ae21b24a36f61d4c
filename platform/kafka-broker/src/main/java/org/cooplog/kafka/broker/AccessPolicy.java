package org.cooplog.kafka.broker;

import static org.apache.kafka.common.acl.AclOperation.DESCRIBE;
import static org.apache.kafka.common.acl.AclOperation.IDEMPOTENT_WRITE;
import static org.apache.kafka.common.acl.AclOperation.READ;
import static org.apache.kafka.common.acl.AclOperation.WRITE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.cooplog.events.Topics;
import org.cooplog.events.Topics.TopicSpec;
import org.cooplog.events.Track;

/**
 * Who may do what on the cluster, one Kafka user per service. A publisher writes only its own track's topic (and
 * reads it back, to replay it), under its own transactional id; the projector reads everything and writes only the
 * reports, the audit checkpoints and the dead letters; the auditor reads and writes nothing. The log is the system of
 * record, so a compromised publisher must not be able to write another track's history.
 */
public final class AccessPolicy {

    public static final String PROJECTOR = "report-projector";
    public static final String AUDIT = "audit";

    private AccessPolicy() {}

    /** The Kafka user of a track's publisher, named like the service: {@code bilateral-service}. */
    public static String publisherOf(Track track) {
        return track.slug() + "-service";
    }

    /** Every Kafka user the product's services sign in as. */
    public static List<String> users() {
        return Stream.concat(Stream.of(Track.values()).map(AccessPolicy::publisherOf), Stream.of(PROJECTOR, AUDIT))
                .toList();
    }

    /** Every ACL the product needs; nothing else is allowed to anyone but the super user. */
    public static List<AclBinding> bindings() {
        List<AclBinding> acls = new ArrayList<>();
        for (Track track : Track.values()) {
            String publisher = publisherOf(track);
            allow(acls, publisher, topic(Topics.of(track).name()), WRITE, READ, DESCRIBE);
            allow(acls, publisher, prefixed(ResourceType.TRANSACTIONAL_ID, publisher + "-writer-"), WRITE, DESCRIBE);
            allow(acls, publisher, cluster(), IDEMPOTENT_WRITE);
        }
        for (TopicSpec<?> spec : Topics.all()) {
            allow(acls, PROJECTOR, topic(spec.name()), READ, DESCRIBE);
            allow(acls, AUDIT, topic(spec.name()), READ, DESCRIBE);
            if (spec.isDeadLetter()
                    || spec.name().equals(Topics.REPORTS.name())
                    || spec.name().equals(Topics.AUDIT_CHECKPOINTS.name())) {
                allow(acls, PROJECTOR, topic(spec.name()), WRITE);
            }
        }
        allow(acls, PROJECTOR, new ResourcePattern(ResourceType.GROUP, PROJECTOR, PatternType.LITERAL), READ, DESCRIBE);
        allow(acls, PROJECTOR, prefixed(ResourceType.TRANSACTIONAL_ID, PROJECTOR + "-"), WRITE, DESCRIBE);
        allow(acls, PROJECTOR, cluster(), IDEMPOTENT_WRITE);
        return List.copyOf(acls);
    }

    private static void allow(
            List<AclBinding> acls, String user, ResourcePattern resource, AclOperation... operations) {
        for (AclOperation operation : operations) {
            acls.add(new AclBinding(
                    resource, new AccessControlEntry("User:" + user, "*", operation, AclPermissionType.ALLOW)));
        }
    }

    private static ResourcePattern topic(String name) {
        return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
    }

    private static ResourcePattern prefixed(ResourceType type, String prefix) {
        return new ResourcePattern(type, prefix, PatternType.PREFIXED);
    }

    private static ResourcePattern cluster() {
        return new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL);
    }
}
