// Package store is talkgraph's graph store: Cayley (Bolt by default, memory,
// or PostgreSQL) plus a manifest of what each post wrote, so that replacing or
// removing a post is exact, atomic as a user sees it, and never scans the store.
// It owns every workaround for Cayley v0.7.7's bugs (see the README).
package store
