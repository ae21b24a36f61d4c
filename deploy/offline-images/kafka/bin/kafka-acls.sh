#!/usr/bin/env bash
# Stand-in for Apache Kafka's bin/kafka-acls.sh.
exec "$(dirname "$0")/kafka-run-class.sh" org.apache.kafka.tools.AclCommand "$@"
