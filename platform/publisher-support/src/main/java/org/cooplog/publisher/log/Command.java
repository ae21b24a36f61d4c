package org.cooplog.publisher.log;

/**
 * Who asks for a change, and on what conditions.
 *
 * @param recordedBy who asks, as the event's envelope records it; idempotency keys are this caller's own
 * @param idempotencyKey the request's Idempotency-Key, or null; a repeated key of the same caller returns the first
 *     answer
 * @param requestDigest digest of the request body, to refuse a key reused for a different request; may be null
 * @param ifMatch the versions the requester allows the change on (If-Match); null only when planning
 */
public record Command(String recordedBy, String idempotencyKey, String requestDigest, IfMatch ifMatch) {}
