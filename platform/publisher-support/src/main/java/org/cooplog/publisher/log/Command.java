package org.cooplog.publisher.log;

/**
 * Who asks for a change, and on what conditions.
 *
 * @param idempotencyKey the request's Idempotency-Key, or null; a repeated key returns the first answer
 * @param requestDigest digest of the request body, to refuse a key reused for a different request; may be null
 * @param expectedVersion the activity version the requester saw (If-Match); null only when planning
 */
public record Command(String recordedBy, String idempotencyKey, String requestDigest, Integer expectedVersion) {}
