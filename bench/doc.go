// Package bench measures talkgraph's store and ingest at scale. It
// generates a realistic corpus of posts in every supported format, naming
// editions, tracks, talks and speakers drawn from the FOSDEM schedules that
// ship with talkgraph (schedule.Known), so it needs no files at run time.
// cmd/tgbench drives the real CLI over such a corpus and writes
// RESULTS.md; bench_test.go is the `go test -bench` entry point.
package bench
