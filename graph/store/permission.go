package store

import (
	"errors"
	"fmt"
	"io/fs"
)

// ErrPermission is wrapped by the error for a store whose files this user
// may not open (read-only commands need read access, the others write
// access): it is not damage.
var ErrPermission = errors.New("permission denied")

// classify turns an error met opening name into ErrPermission when the
// operating system refused access, or into ErrCorrupt otherwise.
func classify(name string, err error) error {
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("%w: %s: %v (check the files' owner and mode, or use --db for a store of your own)", ErrPermission, name, err)
	}
	return fmt.Errorf("%w: %s: %v", ErrCorrupt, name, err)
}
