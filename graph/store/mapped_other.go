//go:build !linux

package store

// dropMapped does nothing outside Linux (see mapped_linux.go).
func dropMapped(paths ...string) {}

// fileResident is unknown outside Linux: 0.
func fileResident() int64 { return 0 }
