package org.cooplog.publisher.log;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.cooplog.events.Topics;
import org.cooplog.publisher.log.ActivityLogException.Kind;

/**
 * What each caller's idempotency keys were used for: the answer each gave and the digest of the request that used
 * it. A key is its caller's own (the name the event records as recordedBy), so another caller's key neither answers
 * for nor reveals anything to anyone else. Rebuilt from the log, whose records carry the request digest in a header,
 * so a key reused for a different request is refused after a restart as before it. A record written before the
 * header existed has no digest: a retry of its key is answered with its event, as it always was.
 */
final class IdempotencyKeys {

    /** One caller's key. */
    record Use(String caller, String key) {

        static Use of(Command command) {
            return command.idempotencyKey() == null ? null : new Use(command.recordedBy(), command.idempotencyKey());
        }
    }

    private record Answered(RecordedEvent answer, String requestDigest) {}

    private final Map<Use, Answered> uses = new ConcurrentHashMap<>();

    void remember(Use use, RecordedEvent answer, String requestDigest) {
        uses.put(use, new Answered(answer, requestDigest));
    }

    /** The first answer to the key, for a bulk import whose keys were used before; null when unused. */
    RecordedEvent answerTo(Use use) {
        Answered answered = uses.get(use);
        return answered == null ? null : answered.answer().asReplay();
    }

    /**
     * The first answer to the command's key, as a replay, or null when its caller has not used it.
     *
     * @param activityId the activity the command changes, or null when it plans one
     * @throws ActivityLogException when the key was used for another request
     */
    RecordedEvent earlierAnswer(String activityId, Command command) {
        Use use = Use.of(command);
        Answered answered = use == null ? null : uses.get(use);
        if (answered == null) {
            return null;
        }
        boolean otherActivity =
                activityId != null && !activityId.equals(answered.answer().activityId());
        if (otherActivity || differ(answered.requestDigest(), command.requestDigest())) {
            throw reused(use);
        }
        return answered.answer().asReplay();
    }

    static boolean differ(String digest, String other) {
        return digest != null && other != null && !digest.equals(other);
    }

    static ActivityLogException reused(Use use) {
        return new ActivityLogException(
                Kind.KEY_REUSED, "Idempotency-Key " + use.key() + " was already used for a different request", null);
    }

    /** The request digest a record carries, or null when it carries none. */
    static String digestOf(Headers headers) {
        Header header = headers.lastHeader(Topics.REQUEST_DIGEST_HEADER);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
