#!/usr/bin/env bash
# The scale-out paths of docs/scale-out.md, end to end, on this machine (make test-scale-out):
#   1. GNU parallel: deploy/parallel/sweep.sh runs 4 shards and merges them, then 6 shards
#      over 3 points (shards sharing points, each a block of replications);
#   2. Kubernetes: both manifests validated against the Job schema (kubernetes-validate,
#      offline), a broken copy refused, and the pods' job script run once per completion
#      index as the Indexed Job would, then merged;
#   3. Slurm: deploy/slurm/test-slurm.sh, a real one-node cluster and job array.
# Each merged sweep must equal the one-process sweep exactly (deploy/same-sweep.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${CHANNELSIM:-.build/release/channelsim}")
[ -x "$bin" ] || { echo "test-scale-out: no channelsim binary at $bin (swift build -c release first)" >&2; exit 2; }
# SWEEP (words split on spaces) runs another sweep, e.g. the benchmark of docs/performance.md.
read -r -a sweep <<<"${SWEEP:-Tests/CLITests/Scenarios/pair.yaml --vary teams.web.headcount=3..10 --vary teams.web.concurrency=1..3 --replications 8}"
work=$(mktemp -d /tmp/channelsim-scale-out.XXXXXX)
trap 'rm -rf "$work"' EXIT
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

t=$(date +%s%N)
"$bin" sweep "${sweep[@]}" --db "$work/one.sqlite" --no-charts --quiet --format csv > "$work/one.csv"
echo "test-scale-out: one process, 2 threads: $(ms "$t") ms"

echo "== GNU parallel"
if command -v parallel >/dev/null && parallel --version 2>/dev/null | grep -q "GNU parallel"; then
    t=$(date +%s%N)
    CHANNELSIM="$bin" timeout 300 deploy/parallel/sweep.sh 4 "$work/parallel" "${sweep[@]}"
    echo "test-scale-out: 4 shards through GNU parallel, merged: $(ms "$t") ms"
    deploy/same-sweep.sh "$bin" "$work/one.sqlite" "$work/parallel/all.sqlite"
    # More shards than points: 6 shards share 3 points, each running a block of replications.
    small=(Tests/CLITests/Scenarios/pair.yaml --vary teams.web.headcount=3..5 --replications 8)
    "$bin" sweep "${small[@]}" --db "$work/small.sqlite" --no-charts --quiet --format csv > /dev/null
    CHANNELSIM="$bin" timeout 120 deploy/parallel/sweep.sh 6 "$work/split" "${small[@]}"
    deploy/same-sweep.sh "$bin" "$work/small.sqlite" "$work/split/all.sqlite"
else
    echo "test-scale-out: SKIPPED GNU parallel: not installed (make deps-scale-out)"
fi

echo "== Kubernetes"
if command -v kubernetes-validate >/dev/null; then
    kubernetes-validate --strict --quiet -k 1.30.0 deploy/kubernetes/sweep-job.yaml deploy/kubernetes/merge-job.yaml
    # The validation can fail: a misspelt field in a copy must be refused.
    sed 's/^  completionMode: Indexed/  completionmode: Indexed/' deploy/kubernetes/sweep-job.yaml > "$work/broken.yaml"
    if kubernetes-validate --strict --quiet -k 1.30.0 "$work/broken.yaml" >/dev/null 2>&1; then
        echo "test-scale-out: kubernetes-validate accepted a Job with a misspelt field" >&2; exit 1
    fi
    grep -q '^  completionMode: Indexed' deploy/kubernetes/sweep-job.yaml
    echo "test-scale-out: sweep-job.yaml and merge-job.yaml valid against the Kubernetes 1.30 Job schema (strict)"
else
    echo "test-scale-out: SKIPPED Kubernetes schema check: kubernetes-validate not installed (make deps-scale-out)"
fi
# The pods' script, once per completion index (0…3) as the Indexed Job runs it.
completions=$(sed -n 's/^  completions: \([0-9]*\)$/\1/p' deploy/kubernetes/sweep-job.yaml)
for index in $(seq 0 $((completions - 1))); do
    JOB_COMPLETION_INDEX=$index SHARDS=$completions OUT_DIR="$work/k8s" CHANNELSIM="$bin" \
        sh deploy/kubernetes/sweep-shard.sh "${sweep[@]}" > /dev/null
done
"$bin" merge "$work"/k8s/shard-*-of-"$completions".sqlite -o "$work/k8s/all.sqlite" --quiet
deploy/same-sweep.sh "$bin" "$work/one.sqlite" "$work/k8s/all.sqlite"

echo "== Slurm"
CHANNELSIM="$bin" timeout 400 deploy/slurm/test-slurm.sh
echo "test-scale-out: passed"
