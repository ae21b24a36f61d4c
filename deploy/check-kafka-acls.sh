#!/usr/bin/env bash
# Checks on a running docker-compose stack that Kafka's ACLs hold (docs/security.md): inside a broker's container,
# with Kafka's own console tools, the topics are replicated as promised, a publisher's user may read its own track's
# topic's offsets but may not write another track's, a wrong password does not get in, and the other track's topic holds exactly as many records afterwards.
#
#   deploy/check-kafka-acls.sh      # in the repository's root; passwords from the environment, else from .env
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${COMPOSE:-}" ]]; then
  if docker compose version >/dev/null 2>&1; then COMPOSE="docker compose"; else COMPOSE="docker-compose"; fi
fi
if [[ -z "${KAFKA_PASSWORD_UNCAC_SERVICE:-}" || -z "${KAFKA_ADMIN_PASSWORD:-}" ]] && [[ -f .env ]]; then
  set -a; . ./.env; set +a
fi
[[ -n "${KAFKA_PASSWORD_UNCAC_SERVICE:-}" && -n "${KAFKA_ADMIN_PASSWORD:-}" ]] \
  || { echo "FAIL: set KAFKA_PASSWORD_UNCAC_SERVICE and KAFKA_ADMIN_PASSWORD (or keep them in .env)" >&2; exit 1; }

$COMPOSE exec -T -e UNCAC_PASSWORD="$KAFKA_PASSWORD_UNCAC_SERVICE" -e ADMIN_PASSWORD="$KAFKA_ADMIN_PASSWORD" \
    kafka-1 bash -s <<'IN_BROKER'
set -uo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
client() { # file user password mechanism
  printf 'security.protocol=SASL_PLAINTEXT\nsasl.mechanism=%s\nsasl.jaas.config=%s required username="%s" password="%s";\nmax.block.ms=60000\n' \
    "$4" "$([[ $4 == PLAIN ]] && echo org.apache.kafka.common.security.plain.PlainLoginModule || echo org.apache.kafka.common.security.scram.ScramLoginModule)" \
    "$2" "$3" > "$1"
}
client /tmp/uncac.properties uncac-service "$UNCAC_PASSWORD" SCRAM-SHA-512
client /tmp/wrong.properties uncac-service "not-$UNCAC_PASSWORD" SCRAM-SHA-512
client /tmp/admin.properties admin "$ADMIN_PASSWORD" PLAIN
records() { # topic: the sum of its partitions' end offsets, read as the super user
  /opt/kafka/bin/kafka-run-class.sh org.apache.kafka.tools.GetOffsetShell --bootstrap-server kafka-1:19092 \
    --command-config /tmp/admin.properties --topic "$1" --time latest | awk -F: '{ n += $3 } END { print n + 0 }'
}

/opt/kafka/bin/kafka-topics.sh --bootstrap-server kafka-1:19092 --command-config /tmp/admin.properties \
    --describe --topic cooplog.bilateral.events > /tmp/topic.out 2>&1 \
  && grep -q 'ReplicationFactor: 3' /tmp/topic.out && grep -q 'min.insync.replicas=2' /tmp/topic.out \
  || { cat /tmp/topic.out; fail "cooplog.bilateral.events is not replicated 3 times with min.insync.replicas 2"; }
echo "ok   cooplog.bilateral.events: replication factor 3, min.insync.replicas 2"

/opt/kafka/bin/kafka-run-class.sh org.apache.kafka.tools.GetOffsetShell --bootstrap-server kafka-1:9092 \
    --command-config /tmp/uncac.properties --topic cooplog.uncac.events --time latest > /tmp/own.out 2>&1 \
  && grep -q '^cooplog.uncac.events:' /tmp/own.out \
  || { cat /tmp/own.out; fail "uncac-service cannot read the offsets of its own topic cooplog.uncac.events"; }
echo "ok   uncac-service signs in and reads the offsets of its own topic"

before=$(records cooplog.bilateral.events)
echo "a record the bilateral track never wrote" | timeout 60 /opt/kafka/bin/kafka-console-producer.sh \
    --bootstrap-server kafka-1:9092 --topic cooplog.bilateral.events --command-config /tmp/uncac.properties \
    > /tmp/foreign.out 2>&1
grep -Eq 'TopicAuthorizationException|Not authorized to access topics' /tmp/foreign.out \
  || { cat /tmp/foreign.out; fail "writing cooplog.bilateral.events as uncac-service was not refused"; }
after=$(records cooplog.bilateral.events)
[[ "$before" == "$after" ]] || fail "cooplog.bilateral.events went from $before to $after records"
echo "ok   uncac-service may not write cooplog.bilateral.events: refused, still $after records"

timeout 60 /opt/kafka/bin/kafka-topics.sh --bootstrap-server kafka-1:9092 --command-config /tmp/wrong.properties \
    --list > /tmp/wrong.out 2>&1
grep -Eq 'SaslAuthenticationException|Authentication failed' /tmp/wrong.out \
  || { cat /tmp/wrong.out; fail "a wrong password for uncac-service was not refused"; }
echo "ok   a wrong password is refused"
rm -f /tmp/uncac.properties /tmp/wrong.properties /tmp/admin.properties
IN_BROKER
echo "Kafka's ACLs hold."
