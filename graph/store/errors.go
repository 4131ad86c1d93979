package store

import (
	"errors"
	"fmt"

	"github.com/cayleygraph/quad"
)

// Sentinel errors; every error the store returns wraps one of these (or a
// backend error) and names the database path.
var (
	// ErrLocked: another process (or another Open in this one) holds the store.
	ErrLocked = errors.New("store is in use")
	// ErrCorrupt: a store file is truncated, damaged or not a talkgraph/Cayley file.
	ErrCorrupt = errors.New("store is damaged or not a talkgraph store")
	// ErrInvalid: a doc holds a term that cannot be stored (see Put).
	ErrInvalid = errors.New("invalid term")
	// ErrNotFound: no doc with that label is stored.
	ErrNotFound = errors.New("no such doc")
	// ErrNotExist: a read-only Open of a store that does not exist.
	ErrNotExist = errors.New("store does not exist")
	// ErrReadOnly: a write on a store opened with Config.ReadOnly.
	ErrReadOnly = errors.New("store is read-only")
	// ErrClosed: a call on a closed Store.
	ErrClosed = errors.New("store is closed")
	// ErrBackend: an unknown Config.Backend or a bad Config.DB.
	ErrBackend = errors.New("bad store configuration")
)

// DocError is the error for one doc of a Put: nothing of that doc was
// written. Put joins one per rejected doc (use errors.As to get them).
type DocError struct {
	Label quad.IRI
	Err   error
}

// Error names the doc and what is wrong with it.
func (e *DocError) Error() string { return fmt.Sprintf("doc %s: %v", e.Label, e.Err) }

// Unwrap returns the cause (wrapping ErrInvalid for a bad term).
func (e *DocError) Unwrap() error { return e.Err }
