// Package pipeline runs an ingest: it walks the inputs, reads schedules first
// (so posts resolve against them), then parses, extracts and resolves each
// post, skipping those whose content and context are unchanged, and hands the
// results to the store in batches. It reports progress and every failure with
// the input's name, and never stops at a bad input.
package pipeline
