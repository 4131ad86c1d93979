#!/usr/bin/env bash
# Runs talkgraph's store benchmark and writes bench/RESULTS.md: builds the
# CLI and bench/cmd/tgbench, starts a throwaway PostgreSQL on 127.0.0.1
# (random free port, temp directory, fsync=off as in .ci/run) and runs
# tgbench against the real binary. The corpus is generated (no files needed).
# It also installs Oxigraph (npm install oxigraph@0.5.11 in the temp
# directory) to ask it the same questions over talkgraph's export, times
# start-up against bench/cmd/boltcount on the examples, re-ingests the Rust
# blog corpus and draws an edition on the store of every shipped schedule
# (those in ../shared/data when present).
#
#   bench/run.sh                         # 1M quads on Bolt, 200k on PostgreSQL
#   QUADS=100000 PG_QUADS=20000 bench/run.sh
#   NO_PG=1 NO_OXIGRAPH=1 bench/run.sh   # skip PostgreSQL, Oxigraph
#   ONLY=startup,lookups,reingest OUT=/tmp/r.md bench/run.sh
#                                        # only these parts (tgbench -only: startup,
#                                        # bolt, lookups, reingest, diagram, pg)
#   ONLY_INGEST=1 bench/run.sh           # only the ingest figures (Bolt, PostgreSQL, one changed post)
set -euo pipefail
cd "$(dirname "$0")/.."

QUADS=${QUADS:-1000000}
PG_QUADS=${PG_QUADS:-200000}
ROUNDS=${ROUNDS:-2}
OUT=${OUT:-bench/RESULTS.md}

tmp="$(mktemp -d "${TMPDIR:-/tmp}/tgbench.XXXXXX")"
chmod 755 "$tmp"
started=""
pgbin=""
as_pg() { "$@"; }
cleanup() {
	local rc=$?
	if [[ -n "$started" ]]; then
		as_pg "$pgbin/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	rm -rf "$tmp"
	exit "$rc"
}
trap cleanup EXIT INT TERM

go build -o "$tmp/talkgraph" ./cmd/talkgraph
go build -o "$tmp/tgbench" ./bench/cmd/tgbench
go build -o "$tmp/boltcount" ./bench/cmd/boltcount

extra=(-examples examples -boltcount "$tmp/boltcount")
if [[ -n "${ONLY:-}" ]]; then
	extra+=(-only "$ONLY")
	[[ ",$ONLY," == *,pg,* ]] || NO_PG=1
	[[ ",$ONLY," == *,bolt,* ]] || NO_OXIGRAPH=1
fi
if [[ -n "${ONLY_INGEST:-}" ]]; then
	extra+=(-only-ingest)
	NO_OXIGRAPH=1
fi
shared=${SHARED:-../shared/data}
[[ -d "$shared/corpus/rust-blog" ]] && extra+=(-corpus "$shared/corpus/rust-blog")
[[ -d "$shared/schedules" ]] && extra+=(-schedules "$shared/schedules")
if [[ -z "${NO_OXIGRAPH:-}" && -z "${ONLY_INGEST:-}" ]]; then
	if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
		mkdir -p "$tmp/ox"
		if (cd "$tmp/ox" && npm install --silent --no-audit --no-fund oxigraph@0.5.11 >"$tmp/npm.log" 2>&1); then
			extra+=(-oxigraph "$tmp/ox" -oxscript bench/oxigraph.cjs)
		else
			echo "bench/run.sh: npm install oxigraph@0.5.11 failed; skipping Oxigraph" >&2
			cat "$tmp/npm.log" >&2
		fi
	else
		echo "bench/run.sh: no node/npm; skipping Oxigraph" >&2
	fi
fi

pgurl=""
if [[ -z "${NO_PG:-}" ]]; then
	if command -v initdb >/dev/null 2>&1; then
		pgbin="$(dirname "$(readlink -f "$(command -v initdb)")")"
	else
		for d in /usr/lib/postgresql/*/bin; do
			[[ -x "$d/initdb" ]] && pgbin="$d"
		done
	fi
	if [[ -z "$pgbin" ]]; then
		echo "bench/run.sh: no initdb found; skipping PostgreSQL" >&2
	else
		if [[ $(id -u) -eq 0 ]]; then
			pguser=postgres
			id "$pguser" >/dev/null 2>&1 || pguser=tgci
			id "$pguser" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pguser"
			chown "$pguser" "$tmp"
			as_pg() { runuser -u "$pguser" -- "$@"; }
		fi
		port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
		as_pg "$pgbin/initdb" -D "$tmp/data" -U postgres -A trust -E UTF8 --no-sync >"$tmp/initdb.log" 2>&1 ||
			{ cat "$tmp/initdb.log" >&2; exit 1; }
		for _ in $(seq 1 20); do
			port=$((20000 + RANDOM % 40000))
			port_free "$port" || continue
			if as_pg "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 \
				-o "-p $port -h 127.0.0.1 -k $tmp -c fsync=off -c full_page_writes=off" start >>"$tmp/pg_ctl.log" 2>&1; then
				started=1
				break
			fi
		done
		[[ -n "$started" ]] || { echo "bench/run.sh: could not start PostgreSQL" >&2; cat "$tmp/pg_ctl.log" "$tmp/server.log" >&2 || true; exit 1; }
		as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U postgres cayleybase
		pgurl="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
		echo "bench/run.sh: PostgreSQL on 127.0.0.1:$port (fsync=off)" >&2
	fi
fi

pgnote="skipped"
[[ -n "$pgurl" ]] && pgnote="15 on 127.0.0.1, fsync=off as in .ci/run"
mkdir -p "$tmp/work"
"$tmp/tgbench" -bin "$tmp/talkgraph" -quads "$QUADS" -pg-quads "$PG_QUADS" -pg "$pgurl" -rounds "$ROUNDS" \
	-work "$tmp/work" -out "$OUT" "${extra[@]}" \
	-cmdline "bench/run.sh (QUADS=$QUADS PG_QUADS=$PG_QUADS ROUNDS=$ROUNDS; builds ./cmd/talkgraph and ./bench/cmd/tgbench; PostgreSQL $pgnote)"
