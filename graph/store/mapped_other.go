//go:build !linux

package store

// dropMapped does nothing outside Linux (see mapped_linux.go).
func dropMapped(paths ...string) {}
