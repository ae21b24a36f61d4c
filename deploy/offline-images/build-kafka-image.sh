#!/usr/bin/env bash
# ONLY for a machine that cannot reach a container registry. With registry access you need none of this:
# `docker compose up -d --build` pulls apache/kafka:4.3.1 itself.
#
# Builds a stand-in for the official apache/kafka:4.3.1 image from Kafka's jars on Maven Central (kafka_2.13,
# kafka-tools and their dependencies) on top of the local eclipse-temurin:17-jre of build-base-image.sh. Its start
# command turns the KAFKA_* environment variables into server.properties and formats the storage with CLUSTER_ID
# by the same class of Kafka the official image runs (kafka.docker.KafkaDockerWrapper).
#
#   deploy/offline-images/build-kafka-image.sh [tag]       # default tag: apache/kafka:4.3.1
set -euo pipefail

TAG="${1:-apache/kafka:4.3.1}"
here="$(cd "$(dirname "$0")" && pwd)"
"$here/../../mvnw" -q -B -f "$here/kafka/pom.xml" package
docker build -t "$TAG" "$here/kafka"
