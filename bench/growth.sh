#!/usr/bin/env bash
# Measures how a Bolt store grows when a changed corpus is re-ingested again
# and again (Cayley keeps deleted quads as tombstones), and what compact
# gives back. Every post of the corpus is changed before each round.
#
#   bench/growth.sh [CORPUS_DIR] [ROUNDS]    # default: examples/posts, 20 rounds
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-examples/posts}
rounds=${2:-20}
work=$(mktemp -d "${TMPDIR:-/tmp}/tg-growth.XXXXXX")
trap 'rm -rf "$work"' EXIT
go build -o "$work/talkgraph" ./cmd/talkgraph
cp -r "$corpus" "$work/orig"
cp -r "$corpus" "$work/corpus"
tg() { "$work/talkgraph" --db "$work/db" -q "$@"; }
size() { du -b "$work/db/indexes.bolt" | cut -f1; }
tg ingest "$work/corpus"
first=$(size)
echo "round 0: indexes.bolt $first bytes"
for r in $(seq 1 "$rounds"); do
	# change a fact in every post: the original text plus one sentence linking
	# a different project each round (the previous round's facts are deleted)
	(cd "$work/orig" && find . -type f) | while read -r f; do
		{ cat "$work/orig/$f"; printf '\n\nSee also [tool-%s](https://github.com/growth-bench/tool-%s).\n' "$r" "$r"; } >"$work/corpus/$f"
	done
	tg ingest "$work/corpus"
	echo "round $r: indexes.bolt $(size) bytes"
done
before=$(size)
tg compact
after=$(size)
quads=$("$work/talkgraph" --db "$work/db" -q export --format nquads | wc -l)
echo "after $rounds rounds: $before bytes ($(awk -v a="$before" -v b="$first" 'BEGIN{printf "%.2f", a/b}')x the first ingest); after compact: $after bytes; $quads quads"
