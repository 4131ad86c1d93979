package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// DefaultMaxBytes is the size limit applied when Options.MaxBytes is 0.
const DefaultMaxBytes = 20_000_000

// DefaultTimeout is the URL fetch timeout applied when Options.Timeout is 0.
const DefaultTimeout = 30 * time.Second

// UserAgent is the User-Agent header sent with URL fetches.
const UserAgent = "talkgraph"

// ErrTooLarge is wrapped by the error of an input over the size limit.
var ErrTooLarge = errors.New("over the size limit")

// Input is one input read (or not) by Walk.
type Input struct {
	Name     string // path as given (or as found in a walk), URL, or "-"
	Data     []byte // the whole content; nil when Err is set
	Explicit bool   // named on the command line (vs found in a directory walk)
	Err      error  // read failure for this input, already naming it
	// Partial is set when Options.Peek cut the file short: Data holds only
	// its first Peek bytes (ReadFile reads it whole).
	Partial bool
	// Stat is what the walk saw of a file before reading it (zero for
	// stdin and URLs).
	Stat Stat
	// Unread is set when Options.Unread vouched for the file: Data is nil.
	Unread bool
}

// Options configures Walk. The zero value reads nothing from stdin, uses
// http.DefaultClient, DefaultMaxBytes and DefaultTimeout.
type Options struct {
	Stdin      io.Reader     // read for the path "-"
	HTTPClient *http.Client  // client for http(s) URLs
	MaxBytes   int64         // inputs larger than this are refused (default DefaultMaxBytes)
	Timeout    time.Duration // URL fetch timeout (default DefaultTimeout)
	// Peek, when > 0, reads at most this many bytes of each file (stdin and
	// URLs are always read whole), for a quick look at many files.
	Peek int64
	// Exclude holds globs (path.Match syntax) of files and folders a
	// directory walk skips, matched against the base name and against the
	// path below the walked directory.
	Exclude []string
	// OnSkip, if set, is told every entry a directory walk skips and why
	// (see SkipReason); a skipped folder is named, not its contents.
	OnSkip func(path, reason string)
	// Unread, if set, is asked about every regular file before it is
	// read; when it returns true the file is passed on unread (Input.Unread
	// set, Data nil), e.g. because its Stat shows it unchanged since it
	// was last read.
	Unread func(path string, st Stat) bool
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func (o Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}

func (o Options) client() *http.Client {
	if o.HTTPClient != nil {
		return o.HTTPClient
	}
	return http.DefaultClient
}

// Walk calls fn once for every input reachable from paths, in order: a file;
// every file under a directory, recursively in lexical order (hidden files and
// directories such as .git are skipped, and so are files whose extension says
// they are binary: images, archives, fonts, media, office documents,
// executables); "-" for opts.Stdin; an http(s) URL, fetched. Symbolic links
// are followed, but a directory already visited (by its real path) is not
// walked again, so link loops end.
//
// A failure to read one input is passed to fn in Input.Err and the walk
// continues. Walk stops and returns the error when fn returns one, or
// ctx.Err() when ctx is cancelled.
func Walk(ctx context.Context, paths []string, opts Options, fn func(Input) error) error {
	w := &walker{opts: opts, fn: fn, visited: map[string]bool{}}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		w.root = p
		if err := w.top(ctx, p); err != nil {
			return err
		}
	}
	return ctx.Err()
}

type walker struct {
	opts    Options
	fn      func(Input) error
	visited map[string]bool // real paths of directories walked
	root    string          // the path being walked, as given
}

func (w *walker) top(ctx context.Context, p string) error {
	switch {
	case p == "-":
		return w.fn(w.readStdin())
	case isURL(p):
		return w.fn(w.fetch(ctx, p))
	case otherScheme(p) != "":
		return w.fn(Input{Name: p, Explicit: true, Err: fmt.Errorf("%s: unsupported URL scheme %q (talkgraph reads http and https URLs): %w", p, otherScheme(p), ErrUnsupportedScheme)})
	}
	fi, err := os.Stat(p)
	if err != nil {
		return w.fn(Input{Name: p, Explicit: true, Err: fmt.Errorf("%s: %w", p, unwrapPath(err))})
	}
	if fi.IsDir() {
		return w.dir(ctx, p, "")
	}
	if err := refuseSpecial(p, fi); err != nil {
		return w.fn(Input{Name: p, Explicit: true, Err: err})
	}
	return w.fn(w.readFile(p, fi, true))
}

// dir walks directory p, whose entries are visited in lexical order.
// real is its real, absolute path when the caller knows it (a directory
// listed in its parent, not through a symbolic link, is its parent's real
// path and its name), "" to resolve it.
func (w *walker) dir(ctx context.Context, p, real string) error {
	if real == "" {
		var err error
		if real, err = filepath.EvalSymlinks(p); err != nil {
			return w.fn(Input{Name: p, Err: fmt.Errorf("%s: %w", p, unwrapPath(err))})
		}
		if abs, err := filepath.Abs(real); err == nil {
			real = abs
		}
	}
	if w.visited[real] {
		return nil
	}
	w.visited[real] = true
	entries, err := os.ReadDir(p)
	if err != nil {
		return w.fn(Input{Name: p, Err: fmt.Errorf("%s: read directory: %w", p, unwrapPath(err))})
	}
	if isStoreDir(entries) { // a talkgraph store (./talkgraph.db) inside the walked tree
		if w.opts.OnSkip != nil {
			w.opts.OnSkip(p, "a talkgraph store")
		}
		return nil
	}
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return err
		}
		name := e.Name()
		full := filepath.Join(p, name)
		mode := e.Type()
		var fi fs.FileInfo
		if mode&fs.ModeSymlink != 0 {
			fi, err = os.Stat(full)
			if err != nil {
				if err := w.fn(Input{Name: full, Err: fmt.Errorf("%s: %w", full, unwrapPath(err))}); err != nil {
					return err
				}
				continue
			}
			mode = fi.Mode().Type()
		}
		rel := filepath.ToSlash(full)
		if r, err := filepath.Rel(w.root, full); err == nil {
			rel = filepath.ToSlash(r)
		}
		if reason := w.opts.SkipReason(rel, name, mode.IsDir()); reason != "" {
			if w.opts.OnSkip != nil {
				w.opts.OnSkip(full, reason)
			}
			continue
		}
		switch {
		case mode.IsDir():
			sub := "" // through a symbolic link: resolved
			if fi == nil {
				sub = filepath.Join(real, name)
			}
			if err := w.dir(ctx, full, sub); err != nil {
				return err
			}
		case mode.IsRegular():
			if fi == nil {
				if fi, err = e.Info(); err != nil {
					if err := w.fn(Input{Name: full, Err: fmt.Errorf("%s: %w", full, unwrapPath(err))}); err != nil {
						return err
					}
					continue
				}
			}
			if err := w.fn(w.readFile(full, fi, false)); err != nil {
				return err
			}
		default:
			// sockets, devices, pipes found in a walk are not inputs
		}
	}
	return nil
}

// readFile reads the file p, refusing it unread when it is over the limit.
func (w *walker) readFile(p string, fi fs.FileInfo, explicit bool) Input {
	in := Input{Name: p, Explicit: explicit, Stat: StatOf(fi)}
	max := w.opts.maxBytes()
	if fi.Mode().IsRegular() && fi.Size() > max {
		in.Err = tooLarge(p, fi.Size(), max)
		return in
	}
	if w.opts.Unread != nil && fi.Mode().IsRegular() && w.opts.Unread(p, in.Stat) {
		in.Unread = true
		return in
	}
	f, err := openRegular(p)
	if err != nil {
		in.Err = err
		return in
	}
	defer f.Close()
	if peek := w.opts.Peek; peek > 0 && fi.Size() > peek {
		in.Data = make([]byte, peek)
		n, err := io.ReadFull(f, in.Data)
		in.Data, in.Partial = in.Data[:n], true
		if err != nil && err != io.ErrUnexpectedEOF {
			in.Data, in.Err = nil, fmt.Errorf("%s: read: %w", p, err)
		}
		return in
	}
	in.Data, in.Err = readLimited(p, f, max)
	return in
}

// ReadFile reads a file whole as Walk does (size limit, errors naming it),
// e.g. one that a Peek walk read only in part.
func ReadFile(path string, explicit bool, opts Options) Input {
	fi, err := os.Stat(path)
	if err != nil {
		return Input{Name: path, Explicit: explicit, Err: fmt.Errorf("%s: %w", path, unwrapPath(err))}
	}
	opts.Peek, opts.Unread = 0, nil
	w := &walker{opts: opts}
	return w.readFile(path, fi, explicit)
}

func (w *walker) readStdin() Input {
	in := Input{Name: "-", Explicit: true}
	if w.opts.Stdin == nil {
		in.Err = errors.New("-: no standard input")
		return in
	}
	in.Data, in.Err = readLimited("-", w.opts.Stdin, w.opts.maxBytes())
	return in
}

// fetch GETs url with the timeout and size limit.
func (w *walker) fetch(ctx context.Context, addr string) Input {
	in := Input{Name: addr, Explicit: true}
	ctx, cancel := context.WithTimeout(ctx, w.opts.timeout())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, addr, nil)
	if err != nil {
		in.Err = fmt.Errorf("%s: %w", addr, err)
		return in
	}
	req.Header.Set("User-Agent", UserAgent)
	resp, err := w.opts.client().Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			in.Err = fmt.Errorf("%s: no answer within %s: %w", addr, w.opts.timeout(), context.DeadlineExceeded)
		} else {
			in.Err = fmt.Errorf("%s: fetch: %w", addr, stripURLError(err))
		}
		return in
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		in.Err = fmt.Errorf("%s: HTTP status %s", addr, resp.Status)
		return in
	}
	max := w.opts.maxBytes()
	if resp.ContentLength > max {
		in.Err = tooLarge(addr, resp.ContentLength, max)
		return in
	}
	in.Data, in.Err = readLimited(addr, resp.Body, max)
	if in.Err != nil && ctx.Err() != nil {
		in.Data = nil
		in.Err = fmt.Errorf("%s: no complete answer within %s: %w", addr, w.opts.timeout(), ctx.Err())
	}
	return in
}

// readLimited reads r wholly, or fails once more than max bytes came.
func readLimited(name string, r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s is over the %s limit: %w", name, FormatMB(max), ErrTooLarge)
	}
	return data, nil
}

func tooLarge(name string, size, max int64) error {
	return fmt.Errorf("%s is %s, over the %s limit: %w", name, FormatMB(size), FormatMB(max), ErrTooLarge)
}

// FormatMB writes n bytes in decimal megabytes, the unit of every size
// talkgraph prints: "31.2 MB", "20 MB", "0.001 MB" (two significant digits
// below 0.1 MB).
func FormatMB(n int64) string {
	mb := float64(n) / 1e6
	if mb < 0.1 {
		return strconv.FormatFloat(mb, 'g', 2, 64) + " MB"
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", mb), ".0") + " MB"
}

func isURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// unwrapPath drops the *fs.PathError wrapper, whose message repeats the
// path the caller already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// stripURLError drops the *url.Error wrapper, whose message repeats the URL.
func stripURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil {
		return ue.Err
	}
	return err
}

// StoreMarker is the file that marks a directory as a talkgraph store; walks
// never read a store's own files as inputs.
const StoreMarker = "manifest.bolt"

func isStoreDir(entries []os.DirEntry) bool {
	for _, e := range entries {
		if e.Name() == StoreMarker && e.Type().IsRegular() {
			return true
		}
	}
	return false
}
