#!/bin/sh
# The job script of one pod of the Indexed Job in sweep-job.yaml (docs/scale-out.md).
# Kubernetes numbers completions from 0 (JOB_COMPLETION_INDEX = 0…SHARDS-1); channelsim
# numbers shards from 1, so pod k runs shard k+1 of SHARDS. The sweep's arguments follow
# the script's name; the shard's database goes to $OUT_DIR (the shared volume).
set -eu
: "${JOB_COMPLETION_INDEX:?run as a pod of an Indexed Job}"
: "${SHARDS:?set SHARDS to the Job's completions}"
out=${OUT_DIR:-/results}
index=$((JOB_COMPLETION_INDEX + 1))
mkdir -p "$out"
exec "${CHANNELSIM:-channelsim}" sweep "$@" --shard "$index/$SHARDS" \
    --db "$out/shard-$index-of-$SHARDS.sqlite" --threads "${THREADS:-1}" --no-charts --quiet --format csv
