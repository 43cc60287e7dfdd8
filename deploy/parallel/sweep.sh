#!/usr/bin/env bash
# A sharded channelsim sweep on one machine with GNU parallel, then merged (docs/scale-out.md):
#   deploy/parallel/sweep.sh SHARDS OUT_DIR SCENARIO.yaml --vary PATH=VALUES … [sweep options]
# runs `channelsim sweep … --shard i/SHARDS` for i = 1…SHARDS, at most $JOBS at once
# (default: one per core, each on one thread), into OUT_DIR/shard-i-of-SHARDS.sqlite, and
# merges them into OUT_DIR/all.sqlite. CHANNELSIM names the binary (default `channelsim`).
# With --sshloginfile, the same line spreads the shards over machines that share OUT_DIR.
set -euo pipefail

shards=${1:?usage: sweep.sh SHARDS OUT_DIR SCENARIO.yaml --vary … }
out=${2:?usage: sweep.sh SHARDS OUT_DIR SCENARIO.yaml --vary … }
shift 2
bin=${CHANNELSIM:-channelsim}
command -v parallel >/dev/null || { echo "sweep.sh: GNU parallel not found (apt-get install parallel)" >&2; exit 2; }
mkdir -p "$out"
rm -f "$out"/shard-*-of-"$shards".sqlite "$out/all.sqlite"
# -q quotes every argument as given (a path such as teams.*.headcount.add must not meet a
# shell glob); the shards' tables go nowhere: the databases hold everything, and
# `channelsim results export 1 --db OUT_DIR/all.sqlite` prints the merged sweep.
# --halt now,fail=1: one failed shard stops the rest (the merge would refuse the gap anyway).
parallel --will-cite -q --halt now,fail=1 --jobs "${JOBS:-100%}" \
    "$bin" sweep "$@" --shard {}/"$shards" --db "$out"/shard-{}-of-"$shards".sqlite \
    --threads "${THREADS:-1}" --no-charts --quiet --format csv \
    ::: $(seq 1 "$shards") > /dev/null
"$bin" merge "$out"/shard-*-of-"$shards".sqlite -o "$out/all.sqlite"
