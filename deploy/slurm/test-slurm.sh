#!/usr/bin/env bash
# The Slurm path for real: a one-node cluster on this machine (local-cluster.sh), a sweep
# submitted as a job array of 4 shards, the shards merged, and the merged experiment
# compared with the one-process sweep (deploy/same-sweep.sh: every stored figure, exactly).
# The daemons it started are stopped on any exit; every wait has a timeout.
# Run from the repository root after `swift build -c release` (CHANNELSIM names another binary).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${CHANNELSIM:-.build/release/channelsim}")
shards=${SHARDS:-4}
# SWEEP (words split on spaces) runs another sweep, e.g. the benchmark of docs/performance.md.
read -r -a sweep <<<"${SWEEP:-Tests/CLITests/Scenarios/pair.yaml --vary teams.web.headcount=3..10 --vary teams.web.concurrency=1..3 --replications 8}"

for tool in munged slurmctld slurmd sbatch; do
    if ! command -v "$tool" >/dev/null; then
        echo "test-slurm: SKIPPED: $tool not installed (make deps-scale-out installs slurm-wlm and munge; needs root and Debian)"
        exit 0
    fi
done
[ "$(id -u)" = 0 ] || { echo "test-slurm: SKIPPED: the local cluster runs its daemons as root"; exit 0; }
[ -x "$bin" ] || { echo "test-slurm: no channelsim binary at $bin (swift build -c release first)" >&2; exit 2; }

work=$(mktemp -d /tmp/channelsim-slurm.XXXXXX)
cleanup() {
    deploy/slurm/local-cluster.sh stop "$work/cluster" || true
    if [ "${KEEP:-0}" = 1 ]; then echo "test-slurm: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start=$(date +%s%N)
"$bin" sweep "${sweep[@]}" --db "$work/one.sqlite" --no-charts --quiet --format csv > "$work/one.csv"
one=$(( ($(date +%s%N) - start) / 1000000 ))

start=$(date +%s%N)
timeout 60 deploy/slurm/local-cluster.sh start "$work/cluster"
export SLURM_CONF="$work/cluster/slurm.conf"
up=$(( ($(date +%s%N) - start) / 1000000 ))

start=$(date +%s%N)
mkdir -p "$work/out"
job=$(CHANNELSIM="$bin" OUT_DIR="$work/out" timeout 20 sbatch --parsable --array=1-"$shards" \
        --output="$work/out/task-%a.log" deploy/slurm/sweep-array.sbatch "${sweep[@]}")
job=${job%%;*}
# Polled rather than `sbatch --wait`, which checks only every few seconds; scontrol keeps
# finished jobs for MinJobAge (300 s), long enough to read every task's final state.
# (Read into a variable first: `grep -q` closing the pipe early would fail it under pipefail.)
states() { local all; all=$(scontrol show job -o "$job" 2>/dev/null || true); grep -o 'JobState=[A-Z_]*' <<<"$all" | sort | uniq -c | tr -s ' ' | tr '\n' ' '; }
for _ in $(seq 3000); do
    case "$(states)" in *PENDING*|*CONFIGURING*|*RUNNING*|*COMPLETING*) sleep 0.1 ;; *) break ;; esac
done
if [ "$(states)" != " $shards JobState=COMPLETED " ]; then
    echo "test-slurm: the job array did not complete within 300 s or failed (tasks:$(states)); task logs:" >&2
    tail -n 20 "$work"/out/task-*.log >&2 || true
    exit 1
fi
"$bin" merge "$work"/out/shard-*-of-"$shards".sqlite -o "$work/slurm.sqlite" --quiet
array=$(( ($(date +%s%N) - start) / 1000000 ))

deploy/same-sweep.sh "$bin" "$work/one.sqlite" "$work/slurm.sqlite"
printf 'test-slurm: passed: %d shards through sbatch --array, merged = one process (one process %d ms; cluster up %d ms; array + merge %d ms)\n' \
    "$shards" "$one" "$up" "$array"
