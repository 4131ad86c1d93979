#!/usr/bin/env bash
# Prints talkgraph's extraction quality on the hand-annotated corpora, each
# set scored on its own: dev, dev2, dev+dev2 together (the issue's target) and
# the regression set (ingest/extract/testdata/regression) and the held-out
# set (ingest/extract/testdata/holdout, measurement only: rule authors do not
# read it), the last two also per post. Each set is ingested with the real binary into a fresh Bolt store
# (shipped schedules on), exported as N-Quads and scored by kgscore.py.
# Only the posts that have a FILE.gold.json are ingested (not the gold files,
# SOURCES.md or GUIDELINES.md).
#
#   bench/quality.sh              # summary lines per set, per-post tables for regression and holdout
#   VERBOSE=1 bench/quality.sh    # also kgscore.py's full per-type tables
#   EXPLAIN=1 bench/quality.sh    # also the missed/extra facts of the regression posts
#   NO_HOLDOUT=1 bench/quality.sh # leave the held-out set out (what rule authors run)
#
# Needs python3 and ../shared (the shared corpora and tools/kgscore.py).
set -euo pipefail
cd "$(dirname "$0")/.."

shared=${SHARED:-../shared}
scorer="$shared/tools/kgscore.py"
regression=ingest/extract/testdata/regression
holdout=ingest/extract/testdata/holdout
if [[ ! -f "$scorer" ]] || ! command -v python3 >/dev/null 2>&1; then
	echo "quality.sh: needs python3 and $scorer" >&2
	exit 2
fi
export PYTHONHASHSEED=0 # kgscore.py matches greedily over sets: stable figures

tmp="$(mktemp -d "${TMPDIR:-/tmp}/tgquality.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT INT TERM
go build -o "$tmp/talkgraph" ./cmd/talkgraph

# posts DIR...: the files of DIR that have a gold file beside them.
posts() {
	local d g
	for d in "$@"; do
		for g in "$d"/*.gold.json; do
			[[ -e "$g" ]] && printf '%s\n' "${g%.gold.json}"
		done
	done
}

# score NAME GOLDDIR DIR...: ingest the posts of DIR..., score against GOLDDIR.
score() {
	local name=$1 gold=$2
	shift 2
	local db="$tmp/$name.db" nq="$tmp/$name.nq"
	mapfile -t files < <(posts "$@")
	"$tmp/talkgraph" --db "$db" -q ingest "${files[@]}"
	"$tmp/talkgraph" --db "$db" -q export --format nquads -o "$nq"
	local out
	out=$(python3 "$scorer" --nq "$nq" --gold "$gold")
	# the held-out posts' names stay out of the output (see perpost)
	[[ $name == holdout ]] && out=$(grep -v '^  meta ' <<<"$out")
	if [[ -n "${VERBOSE:-}" ]]; then
		echo "== $name"
		echo "$out"
	fi
	printf '%-10s %3d posts  %s  (%s)\n' "$name" "${#files[@]}" "$(grep '^ENTITY_F1' <<<"$out")" "$(grep '^posts scored' <<<"$out" | cut -d' ' -f3)"
}

echo "talkgraph extraction quality (kgscore.py, PYTHONHASHSEED=0), $(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD)"
score dev "$shared/corpus/dev" "$shared/corpus/dev"
score dev2 "$shared/corpus/dev2" "$shared/corpus/dev2"
# dev and dev2 golds scored together: kgscore.py reads one gold folder, so
# merge them (by symlink) into one.
mkdir -p "$tmp/devdev2"
for g in "$shared"/corpus/dev/*.gold.json "$shared"/corpus/dev2/*.gold.json; do
	ln -s "$(readlink -f "$g")" "$tmp/devdev2/$(basename "$g")"
done
score dev+dev2 "$tmp/devdev2" "$shared/corpus/dev" "$shared/corpus/dev2"
score regression "$regression" "$regression"
[[ -z "${NO_HOLDOUT:-}" ]] && score holdout "$holdout" "$holdout"

# perpost NAME DIR: one line per post of DIR, scored in NAME's export.
# With ANON set, posts are shown by number only (the held-out set: its
# file names tell what its posts are about, which rule authors must not
# learn).
perpost() {
	local name=$1 dir=$2 anon=${3:-} p b line n=0
	echo
	echo "$name set, per post:"
	printf '  %-74s %s\n' post "entity F1 / relation F1"
	for p in $(posts "$dir"); do
		b=$(basename "$p")
		n=$((n + 1))
		line=$(python3 "$scorer" --nq "$tmp/$name.nq" --gold "$dir" --posts "$b" | grep '^ENTITY_F1')
		if [[ -n "$anon" ]]; then
			printf '  %-74s %s\n' "$name post $n" "$line"
		else
			printf '  %-74s %s\n' "$b" "$line"
		fi
	done
}
perpost regression "$regression"
[[ -z "${NO_HOLDOUT:-}" ]] && perpost holdout "$holdout" anon
if [[ -n "${EXPLAIN:-}" ]]; then
	python3 "$scorer" --nq "$tmp/regression.nq" --gold "$regression" --explain
fi
