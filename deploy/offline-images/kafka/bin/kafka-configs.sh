#!/usr/bin/env bash
# Stand-in for Apache Kafka's bin/kafka-configs.sh.
exec "$(dirname "$0")/kafka-run-class.sh" kafka.admin.ConfigCommand "$@"
