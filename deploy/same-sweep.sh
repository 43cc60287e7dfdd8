#!/usr/bin/env bash
# same-sweep.sh CHANNELSIM ONE.sqlite MERGED.sqlite: exit 0 when experiment 1 of both files
# holds the same figures exactly: every summary (results export, numbers written in
# Swift's shortest exact form) and every per-interval and per-replication row (sqlite3
# dumps of the values' 8-byte patterns), so "equal" means bit for bit.
set -euo pipefail
bin=$1 one=$2 merged=$3
diff <("$bin" results export 1 --db "$one" --format csv) <("$bin" results export 1 --db "$merged" --format csv) >/dev/null \
    || { echo "same-sweep: the summaries differ ($one, $merged)" >&2; exit 1; }
dump() {
    # printf('%!.17g'): 17 significant digits, correctly rounded, name every double exactly.
    sqlite3 "$1" "
      SELECT r.strategy, s.channel, s.metric, s.interval, printf('%!.17g|%!.17g|%d', s.mean, s.half_width, s.n)
        FROM interval_series s JOIN runs r ON r.id = s.run_id ORDER BY r.id, s.rowid;
      SELECT r.strategy, m.channel, m.metric, m.replication, printf('%!.17g', m.value)
        FROM replication_metrics m JOIN runs r ON r.id = m.run_id ORDER BY r.id, m.channel, m.metric, m.replication;
      SELECT r.strategy, t.target, t.verdict, printf('%!.17g', t.mean)
        FROM target_verdicts t JOIN runs r ON r.id = t.run_id ORDER BY r.id, t.position;
      SELECT kind, seed, replications, confidence, settings FROM experiments WHERE id = 1;"
}
diff <(dump "$one") <(dump "$merged") >/dev/null \
    || { echo "same-sweep: interval series, per-replication values or verdicts differ ($one, $merged)" >&2; exit 1; }
lines=$(dump "$merged" | wc -l)
[ "$lines" -gt 100 ] || { echo "same-sweep: only $lines rows compared: is experiment 1 a sweep?" >&2; exit 1; }
summaries=$("$bin" results export 1 --db "$one" --format csv | wc -l)
echo "same-sweep: identical ($((summaries - 1)) summary rows, $lines other rows)"
