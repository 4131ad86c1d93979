//go:build unix

package store

import (
	"fmt"
	"os"
	"syscall"
)

// checkUnlocked reports an error if another program holds a Bolt lock on
// path (Cayley's Bolt would otherwise wait forever for it).
func checkUnlocked(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return fmt.Errorf("held by another program: %v", err)
	}
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
