//go:build !unix

package store

// checkUnlocked is a no-op where flock is unavailable.
func checkUnlocked(string) error { return nil }
