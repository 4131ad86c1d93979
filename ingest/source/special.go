package source

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ErrNotRegular is wrapped by the error for a FIFO, socket or device named
// as an input: such a file is refused without being opened (opening a FIFO
// blocks until a writer comes; a device may never end).
var ErrNotRegular = errors.New("not a regular file")

// fileKind names what a non-regular, non-directory file is.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	case m&fs.ModeIrregular != 0:
		return "an irregular file"
	}
	return "not a regular file"
}

// refuseSpecial returns the error for p when fi is neither a regular file
// nor a directory.
func refuseSpecial(p string, fi fs.FileInfo) error {
	if fi.Mode().IsRegular() || fi.IsDir() {
		return nil
	}
	return fmt.Errorf("%s: %s, %w: only files, directories, - (standard input) and http(s) URLs are read; for a pipe, use '-' with < or |", p, fileKind(fi.Mode()), ErrNotRegular)
}

// openRegular opens p for reading without blocking on a FIFO swapped in
// after the Stat (O_NONBLOCK), and checks that what it opened is a regular
// file.
func openRegular(p string) (*os.File, error) {
	f, err := os.OpenFile(p, os.O_RDONLY|oNonblock, 0)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, unwrapPath(err))
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", p, unwrapPath(err))
	}
	if err := refuseSpecial(p, fi); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}
