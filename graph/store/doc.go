// Package store is talkgraph's graph store: Cayley (Bolt by default, memory,
// or PostgreSQL) plus a manifest of what each post wrote, so that replacing or
// removing a post is exact, atomic as a user sees it, and never scans the store.
// It owns every workaround for Cayley v0.7.7's bugs (see the README).
//
// Layout. Bolt: a directory holding Cayley's indexes.bolt, the manifest
// manifest.bolt (bbolt) and talkgraph.pid (the holder of the lock). Postgres:
// one schema (default "talkgraph", chosen with search_path) holding Cayley's
// nodes/quads tables and the manifest table talkgraph_manifest. Memory: both
// in memory.
//
// The manifest holds, per doc: source, kind, content hash, its quads, their
// provenance and an opaque attachment; plus the intents of recent writes. A
// write of up to 10k quads records the new docs and an intent (the old
// quads) in one manifest transaction, deletes the old quads in one Cayley
// transaction and adds the new ones in a second (never mixed: cayley#885
// corrupts mixed transactions on Bolt); quads a changed doc keeps are neither
// deleted nor re-added. Cayley's transactions run on their own goroutine, so
// the next write's manifest transaction (and, with PutPipelined, the caller's
// next batch) overlaps them. On Bolt they skip fsync: Cayley's file is synced
// at the end of a Put, every 200k quads of a longer run of PutPipelined, and
// by Close, and an intent stays in the manifest (which syncs every
// transaction) until the Cayley writes it describes are synced; later
// writes' manifest transactions and Close delete the synced ones. Open
// redoes the intents left (idempotently), so after a crash every doc is fully
// old or fully new. (A power loss, not a crash of the process, in the middle
// of unsynced Cayley writes can leave indexes.bolt damaged rather than
// behind: Open walks the file after an unclean stop and says so for the
// damage it finds, and removing the file rebuilds it from the manifest.)
//
// The manifest also holds an edge index (index.go): for each distinct triple
// of the predicates lookups hop along (talkgraph classes, names, superEvent,
// performer, ...), how many docs state it. It is updated in the same manifest
// transaction as the docs' quads, so it always equals a rebuild from them
// (the crash test checks this); Neighbors and EachEdge answer hops from it
// without reading the copies of a triple each post restates in Cayley. A
// long run of PutPipelined (an ingest writing at least half of what the
// store holds) instead marks the index out of date, in the manifest
// transaction of its first batch, and rebuilds it once (Flush, Close, the
// next Put or Remove, or a read of it); a crash leaves it marked, and Open
// rebuilds it (indexbulk.go).
//
// On PostgreSQL, Cayley's adds are written by talkgraph's bulk path
// (pgbulk.go): the rows Cayley's ApplyDeltas writes, thousands per INSERT
// instead of one statement per node and per quad.
//
// Every term is validated before it reaches Cayley (absolute IRIs without
// characters N-Quads cannot carry, no literal subjects, well-formed xsd:date
// and a few other XSD types, valid UTF-8); quad.Int, Bool, Float and Time are
// stored as literals with full XSD datatype IRIs.
package store
