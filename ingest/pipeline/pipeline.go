package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/detect"
	"github.com/talkgraph/talkgraph/ingest/doc"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/parse"
	"github.com/talkgraph/talkgraph/ingest/resolve"
	"github.com/talkgraph/talkgraph/ingest/schedule"
	"github.com/talkgraph/talkgraph/ingest/source"
)

// Version names the extractor's behaviour. It is part of every content hash,
// so a new version re-extracts posts on the next ingest.
const Version = "talkgraph-extract/1"

// Config is what an ingest needs.
type Config struct {
	Store     *store.Store
	Minter    vocab.Minter
	Gazetteer *gazetteer.Gazetteer
	Known     *schedule.Index // schedules shipped with talkgraph (may be nil)
	// Load, if set, supplies Gazetteer and Known (when they are nil) the
	// first time a post needs extracting, so that a run with nothing to
	// extract (an unchanged re-ingest) never loads them.
	Load    func() (*gazetteer.Gazetteer, *schedule.Index, error)
	Aliases *resolve.Aliases // user corrections (may be nil)
	// AliasesHash identifies the aliases file's content, so editing it
	// re-resolves posts on the next ingest.
	AliasesHash string
	Source      source.Options
	// Names gives a file its stable name (the post's Source, from which its
	// IRI is minted), e.g. source.Namer.Name; nil keeps paths as given.
	Names func(path string) string
	// StdinName names the post read from "-"; without it the post is
	// named "stdin:" and a hash of its content.
	StdinName  string
	Progress   Progress // told how the ingest advances (nil: nothing)
	Workers    int      // posts parsed and resolved at once (default: GOMAXPROCS)
	BatchDocs  int      // docs per store transaction (default: max(500, BatchQuads/20))
	BatchQuads int      // quads per store transaction (default: Store.BatchQuads())
	// A file's parse and extraction may take BudgetBase plus BudgetPerMB
	// per MB of it (defaults DefaultBudgetBase, DefaultBudgetPerMB); a file
	// over budget fails alone.
	BudgetBase, BudgetPerMB time.Duration
	// Grace is how long, after ctx ends, the store may keep writing the
	// posts already parsed (default 500ms): an interrupted run keeps them.
	Grace time.Duration
	now   func() time.Time // the clock the stat cache trusts stats by (tests; default time.Now)
}

// Progress follows an ingest. Its methods are called from one goroutine:
// Total once every input is counted, Done after each input (and after
// failures found while counting, before Total), Finish at the end, before
// Run returns.
type Progress interface {
	Total(files int, bytes int64)
	Done(files int, bytes int64, name string)
	Finish()
}

// inputSize is the size of an input read in part (a peek) or whole.
func inputSize(in source.Input) int64 {
	if in.Partial {
		if fi, err := os.Stat(in.Name); err == nil {
			return fi.Size()
		}
	}
	return int64(len(in.Data))
}

// advance counts one input done and tells Progress.
func (r *runner) advance(bytes int64, name string) {
	r.done++
	r.doneBytes += bytes
	if r.cfg.Progress != nil {
		r.cfg.Progress.Done(r.done, r.doneBytes, name)
	}
}

// Failure is one input that could not be ingested.
type Failure struct {
	Input string
	Err   error
}

func (f Failure) Error() string {
	msg := f.Err.Error()
	if strings.HasPrefix(msg, f.Input+": ") { // parsers already name the file
		return msg
	}
	return f.Input + ": " + msg
}

// Skip is a file a directory walk did not ingest, and why.
type Skip struct {
	Input  string
	Reason string
}

// Report counts what an ingest did.
type Report struct {
	Posts, Schedules int // inputs read of each kind
	Added            int // docs new to the store
	Replaced         int // docs whose content or context changed
	Unchanged        int // docs skipped as unchanged
	Unread           int // of those, posts not even read: their files' stats are as when last read
	Skipped          int // files in walked directories that are neither posts nor schedules
	SkippedFiles     []Skip
	QuadsAdded       int
	QuadsDeleted     int
	Bytes            int64 // bytes of input read
	Failures         []Failure
	// Warnings are inputs ingested with a change the user should know of
	// (control characters replaced).
	Warnings []Failure
	Elapsed  time.Duration
	// Interrupted is set when ctx ended before every input was read; the
	// posts counted as added or replaced are stored.
	Interrupted bool
	// speculated counts the posts extracted beside pass 1 (speculate.go)
	speculated int
}

// Run ingests every input named by paths.
func Run(ctx context.Context, cfg Config, paths []string) (*Report, error) {
	start := time.Now()
	if cfg.BatchQuads <= 0 {
		// A batch in flight (parsed docs and the store's write) is what
		// bounds an ingest's memory; the store knows what suits it.
		cfg.BatchQuads = cfg.Store.BatchQuads()
	}
	if cfg.BatchDocs <= 0 {
		cfg.BatchDocs = max(500, cfg.BatchQuads/20)
	}
	now := time.Now
	if cfg.now != nil {
		now = cfg.now
	}
	// The stored docs as the run found them: the namer asks whether there
	// are any; pass 2 compares with their hashes unless pass 1 stores
	// schedules (read again then).
	docs, docsErr := cfg.Store.Docs(ctx)
	r := &runner{cfg: cfg, rep: &Report{}, parser: parse.New(), handled: map[string]bool{}, cached: map[string]source.Input{},
		names: newNamer(cfg.Store, docsErr == nil && len(docs) == 0), seen: map[string]bool{}, nameOf: map[string]string{},
		stats: loadStatCache(ctx, cfg.Store, now())}
	if cfg.Load != nil && (cfg.Gazetteer == nil || cfg.Known == nil) {
		type loaded struct {
			gz    *gazetteer.Gazetteer
			known *schedule.Index
		}
		once := sync.OnceValues(func() (loaded, error) {
			gz, known, err := cfg.Load()
			return loaded{gz, known}, err
		})
		r.load = func() (*gazetteer.Gazetteer, *schedule.Index, error) {
			l, err := once()
			return l.gz, l.known, err
		}
	}
	// The stored schedules as the run found them (decoded only if a post
	// needs resolving: see resolver).
	att, err := r.cfg.Store.Attachments("schedule")
	if err != nil {
		return nil, fmt.Errorf("read stored schedules: %w", err)
	}
	r.storedScheds = att
	defer r.stopSpeculation()
	// The writer outlives an interrupt by a grace period, so that what was
	// parsed is stored; then its context ends too and the store stops
	// between two bounded writes (an unfinished one is completed by the
	// next ingest).
	wctx, wcancel := context.WithCancel(context.WithoutCancel(ctx))
	defer wcancel()
	grace := cfg.Grace
	if grace <= 0 {
		grace = 500 * time.Millisecond
	}
	stopGrace := context.AfterFunc(ctx, func() { time.AfterFunc(grace, wcancel) })
	defer stopGrace()
	r.wctx = wctx
	w := r.startWriter(wctx)
	defer w.stop()
	interrupted := func(err error) (*Report, error) {
		r.rep.Interrupted = true
		r.flush(wctx)
		w.stop()
		r.rep.Elapsed = time.Since(start)
		return r.rep, err
	}
	// Pass 1: schedules, so that posts read in pass 2 resolve against them.
	// Files are only peeked at; the few that may be schedules are read whole.
	peek := cfg.Source
	peek.Peek = 4096
	// A post file whose stat is the one recorded when it was last read
	// holds the same bytes: it is no schedule (pass 2 decides whether its
	// post is unchanged).
	peek.Unread = func(p string, st source.Stat) bool {
		name := r.fileName(p)
		_, ok := r.stats.same(name, st)
		if !ok && r.stats.has(name) {
			r.prefetch() // a post read before, whose file changed since
		}
		return ok
	}
	// Every input is counted (once, however it is spelled) for the progress
	// shown; schedules are read once the walk has counted them all.
	type pending struct {
		in      source.Input
		display string
	}
	var scheds []pending
	counted := map[string]bool{}
	// Pass 1's walk is recorded (r.listing), path by path as pass 2 takes
	// them, and pass 2 replays it: the directories are listed and their
	// files stat'ed once.
	r.listing = make([][]listed, len(paths))
	cur := 0
	peek.OnSkip = func(path, reason string) {
		r.listing[cur] = append(r.listing[cur], listed{name: path, skip: reason})
	}
	walk1 := func(in source.Input) error {
		r.listing[cur] = append(r.listing[cur], listed{name: in.Name, explicit: in.Explicit, stat: in.Stat, err: in.Err})
		if in.Name == "-" || isURL(in.Name) {
			r.cached[in.Name] = in // cannot be read twice
		}
		if in.Err != nil {
			r.fail(in.Name, in.Err)
			r.handled[in.Name] = true
			r.total++
			r.done++
			return nil
		}
		name := r.stable(in).Name
		if !counted[name] {
			counted[name] = true
			r.total++
			r.totalBytes += inputSize(in)
		}
		if in.Unread || !detect.MaybeSchedule(in.Data) {
			if !in.Unread && r.spec == nil && r.load != nil && in.Name != "-" && !isURL(in.Name) && r.stats.has(name) {
				// under the context of the docs the run began with (pass 1
				// has stored no schedule yet)
				r.speculate(ctx, in.Name, name, in.Explicit, r.contextHash(docs, docsErr), storedHash(docs, cfg.Minter.Post(name)))
			}
			return ctx.Err()
		}
		if in.Partial {
			if in = source.ReadFile(in.Name, in.Explicit, cfg.Source); in.Err != nil {
				r.fail(in.Name, in.Err)
				r.handled[in.Name] = true
				r.done++
				return nil
			}
		}
		if detect.Detect(in.Name, in.Data).IsSchedule() {
			r.handled[in.Name] = true
			display := in.Name
			if in = r.stable(in); r.seen[in.Name] {
				return ctx.Err() // the same file by another spelling
			}
			r.seen[in.Name] = true
			if !isURL(display) && display != "-" {
				in.Data = nil // read again when its turn comes
			}
			scheds = append(scheds, pending{in, display})
		}
		return ctx.Err()
	}
	for i, p := range paths {
		cur = i
		if err = source.Walk(ctx, []string{p}, peek, walk1); err != nil {
			break
		}
	}
	if err != nil {
		return interrupted(err)
	}
	if cfg.Progress != nil {
		cfg.Progress.Total(r.total, r.totalBytes)
		defer cfg.Progress.Finish()
	}
	for _, p := range scheds {
		in := p.in
		if in.Data == nil {
			full := source.ReadFile(p.display, in.Explicit, cfg.Source)
			if full.Err != nil {
				r.fail(p.display, full.Err)
				r.advance(0, p.display)
				continue
			}
			in.Data = full.Data
		}
		r.schedule(ctx, in, p.display)
		r.advance(int64(len(in.Data)), p.display)
		if err := ctx.Err(); err != nil {
			return interrupted(err)
		}
	}
	if err := r.flush(wctx); err != nil {
		return interrupted(err)
	}
	if err := ctx.Err(); err != nil {
		return interrupted(err)
	}
	if len(scheds) > 0 { // pass 1 may have stored some
		docs, docsErr = r.cfg.Store.Docs(ctx)
	}
	r.context = r.contextHash(docs, docsErr)
	if err := r.snapshotHashes(docs, docsErr); err != nil {
		return interrupted(err)
	}
	// A changed post is coming (prefetch): the resolver (the schedules read
	// in pass 1 are all in) is built beside the second walk.
	if r.prefetched {
		go func() {
			if res, err := r.resolver(); err == nil {
				res.Warm()
			}
		}()
	}
	// Pass 2: posts, parsed and resolved on every core, stored in input order.
	if err := r.posts(ctx, paths); err != nil {
		return interrupted(err)
	}
	if err := r.flush(wctx); err != nil {
		return interrupted(err)
	}
	w.stop()
	r.rep.speculated = int(r.speculatedPosts.Load())
	if err := r.stats.save(ctx, cfg.Store); err != nil {
		return r.rep, fmt.Errorf("record the stats of the files read: %w", err)
	}
	r.rep.Elapsed = time.Since(start)
	return r.rep, nil
}

type runner struct {
	cfg     Config
	rep     *Report
	parser  *parse.Parser
	res     *resolve.Resolver // built by resolver on first use
	resOnce sync.Once
	resErr  error
	// load is Config.Load run once (nil when nothing is to load): the
	// resolver waits for it, and pass 1 starts it in the background at
	// the first known post whose file changed (prefetch).
	load       func() (*gazetteer.Gazetteer, *schedule.Index, error)
	prefetched bool // pass 1 started load (walk goroutine only)
	// spec is the speculative extraction of the first known post whose
	// file changed, started in pass 1 (speculate); specRes is the
	// resolver it built, against the shipped and stored schedules only.
	spec    *speculation
	specRes func() (*resolve.Resolver, error)
	// speculatedPosts counts the speculations pass 2 took (tests)
	speculatedPosts atomic.Int32
	fresh           []*schedule.Index // schedules read in pass 1, merged after the stored ones
	// storedScheds are the stored schedules' attachments when the run began.
	storedScheds map[quad.IRI][]byte
	context      string // hash of what resolution depends on besides the post
	handled      map[string]bool
	cached       map[string]source.Input
	seen         map[string]bool   // stable names of the inputs read (one file by two spellings is read once)
	nameOf       map[string]string // path -> Config.Names of it (used by the walks' goroutine only)
	stats        *statCache
	listing      [][]listed // pass 1's walk of each path, replayed by pass 2
	// progress: inputs and bytes in all, and done
	total, done           int
	totalBytes, doneBytes int64
	names                 *namer
	stored                map[quad.IRI]string // label -> hash of the docs stored before pass 2
	w                     *writer
	wctx                  context.Context // the writer's context (outlives ctx by a grace period)
	batch                 []store.Doc
	quads                 int
	last                  time.Time
}

// listed is one entry of pass 1's walk: an input (a file, or what could
// not be read) or an entry the walk skipped.
type listed struct {
	name     string
	explicit bool
	stat     source.Stat // a file's, as the walk saw it
	err      error
	skip     string // why the walk skipped the entry ("": an input)
}

// snapshotHashes records the stored docs' hashes (docs, as Store.Docs
// returned them with err), so that workers can tell unchanged posts
// without waiting for the store while it writes a batch. A doc written
// later in the same run is still recognised by Put.
func (r *runner) snapshotHashes(docs []store.DocInfo, err error) error {
	if err != nil {
		return fmt.Errorf("read stored docs: %w", err)
	}
	r.stored = make(map[quad.IRI]string, len(docs))
	for _, d := range docs {
		r.stored[d.Label] = d.Hash
	}
	return nil
}

func isURL(s string) bool {
	// the scheme is what precedes the first ':', compared lower-cased:
	// a string not starting so is no http(s) URL (every file path of a
	// walk), without parsing it
	if !(len(s) >= 5 && strings.EqualFold(s[:5], "http:") || len(s) >= 6 && strings.EqualFold(s[:6], "https:")) {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https")
}

// resolver returns the resolver posts go through, building it on the first
// call (from a worker): the vocabularies loaded (Config.Load) and the
// schedule index built. When pass 1 read no schedule, it is the one a
// speculative extraction built already (specRes).
func (r *runner) resolver() (*resolve.Resolver, error) {
	r.resOnce.Do(func() {
		if r.specRes != nil && len(r.fresh) == 0 {
			r.res, r.resErr = r.specRes()
			return
		}
		r.res, r.resErr = r.buildResolver(r.fresh)
	})
	return r.res, r.resErr
}

// buildResolver builds a resolver against the shipped schedules, the
// stored ones and fresh (the schedules read in pass 1).
func (r *runner) buildResolver(fresh []*schedule.Index) (*resolve.Resolver, error) {
	// r.cfg is read by every worker: what Load supplies goes to
	// locals, not into it
	gz, known := r.cfg.Gazetteer, r.cfg.Known
	if r.load != nil {
		lgz, lknown, err := r.load()
		if err != nil {
			return nil, err
		}
		if gz == nil {
			gz = lgz
		}
		if known == nil {
			known = lknown
		}
	}
	index, err := r.loadSchedules(known, fresh)
	if err != nil {
		return nil, err
	}
	return resolve.New(resolve.Config{Minter: r.cfg.Minter, Gazetteer: gz, Schedules: index, Aliases: r.cfg.Aliases}), nil
}

// prefetch starts Config.Load in the background, once: a post file that
// pass 1 finds changed since it was last read (the stat cache knows it, by
// another stat) most likely needs extracting, which needs what Load
// decodes, and decoding it beside the walks (on another core) takes it off
// the run's path. Files the cache does not know (new posts, and the files
// that are no posts, read on every run) start nothing: the resolver loads
// when a post needs it. Only the walk goroutine calls it.
func (r *runner) prefetch() {
	if r.load == nil || r.prefetched {
		return
	}
	r.prefetched = true
	go r.load()
}

// loadSchedules builds the index posts resolve against: the shipped one,
// every schedule already in the store, and fresh, those read in pass 1.
func (r *runner) loadSchedules(known *schedule.Index, fresh []*schedule.Index) (*schedule.Index, error) {
	index := schedule.NewIndex()
	if known != nil {
		index.Merge(known)
	}
	att := r.storedScheds
	labels := make([]string, 0, len(att))
	for l := range att {
		labels = append(labels, string(l))
	}
	sort.Strings(labels)
	for _, l := range labels {
		ix, err := schedule.DecodeIndex(att[quad.IRI(l)])
		if err != nil {
			return nil, fmt.Errorf("%s: stored schedule index: %w", l, err)
		}
		index.Merge(ix)
	}
	for _, ix := range fresh {
		index.Merge(ix)
	}
	return index, nil
}

// contextHash identifies everything besides a post's bytes that its
// extraction depends on: the extractor, the aliases and the stored
// schedules (docs, as Store.Docs returned them with err).
func (r *runner) contextHash(docs []store.DocInfo, err error) string {
	h := sha256.New()
	io.WriteString(h, Version+"\n"+r.cfg.AliasesHash+"\n"+string(r.cfg.Minter.Post(""))+"\n")
	if err == nil {
		var lines []string
		for _, d := range docs {
			if d.Kind == "schedule" {
				lines = append(lines, string(d.Label)+" "+d.Hash)
			}
		}
		sort.Strings(lines)
		io.WriteString(h, strings.Join(lines, "\n"))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func contentHash(data []byte, context string) string {
	return hashOf(sha256.Sum256(data), context)
}

func (r *runner) fail(name string, err error) {
	r.rep.Failures = append(r.rep.Failures, Failure{Input: name, Err: err})
}

// stable returns in named by its stable name: Config.Names for a file,
// Config.StdinName or a content hash for standard input; URLs keep theirs.
func (r *runner) stable(in source.Input) source.Input {
	switch {
	case in.Name == "-":
		if r.cfg.StdinName != "" {
			in.Name = r.cfg.StdinName
		} else {
			sum := sha256.Sum256(in.Data)
			in.Name = "stdin:" + hex.EncodeToString(sum[:6])
		}
	case isURL(in.Name):
	case r.cfg.Names != nil:
		in.Name = r.fileName(in.Name)
	}
	return in
}

// fileName is Config.Names of the file path p, asked once per path (the
// two passes name every file). Only the walks' goroutine calls it.
func (r *runner) fileName(p string) string {
	if r.cfg.Names == nil {
		return p
	}
	name, ok := r.nameOf[p]
	if !ok {
		name = r.cfg.Names(p)
		r.nameOf[p] = name
	}
	return name
}

// renamed is an error about an input under its stable name, shown with the
// name the user gave.
type renamed struct {
	display, name string
	err           error
}

func (e renamed) Error() string {
	msg := e.err.Error()
	if e.name != e.display {
		if rest, ok := strings.CutPrefix(msg, e.name); ok && (strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "#") || strings.HasPrefix(rest, " ")) {
			return e.display + rest
		}
	}
	return msg
}

func (e renamed) Unwrap() error { return e.err }

func rename(display, name string, err error) error {
	if err == nil || display == name {
		return err
	}
	return renamed{display, name, err}
}

func (r *runner) schedule(ctx context.Context, in source.Input, display string) {
	r.rep.Bytes += int64(len(in.Data))
	label := r.cfg.Minter.Schedule(in.Name)
	hash := contentHash(in.Data, Version)
	r.rep.Schedules++
	if h, ok := r.cfg.Store.Hash(label); ok && h == hash {
		r.rep.Unchanged++
		return
	}
	p, err := within(ctx, r.cfg.budget(len(in.Data)), in.Name, func(ctx context.Context) (*parse.Parsed, error) {
		return r.parser.Parse(ctx, in)
	})
	if err != nil {
		if ctx.Err() == nil {
			r.fail(display, rename(display, in.Name, err))
		}
		return
	}
	if p.Schedule == nil {
		r.fail(display, errors.New("looked like a schedule but did not parse as one"))
		return
	}
	d, err := schedule.Graph(p.Schedule, r.cfg.Minter, hash)
	if err != nil {
		r.fail(display, rename(display, in.Name, err))
		return
	}
	ix := schedule.NewIndex()
	ix.Add(p.Schedule)
	r.fresh = append(r.fresh, ix)
	r.add(r.wctx, d)
}

// outcome is what a worker made of one post.
type outcome struct {
	seq       int
	name      string
	docs      []store.Doc // the posts of the input (feeds and JSON arrays hold several)
	same      int         // posts of a multi-post input that were unchanged
	err       error
	unchanged bool
	skipped   bool
	reason    string // why it was skipped
	bytes     int
	size      int   // bytes of the input, read or not
	warning   error // ingested, but with this to report
	// unread is set for an unchanged post known by its file's stat; record
	// when the file read is one post, stored or unchanged, whose stat and
	// hash the stat cache should keep.
	unread, record bool
	stable         string // the input's stable name
	stat           source.Stat
	sum            [sha256.Size]byte
}

// posts reads every post in paths. A producer walks the inputs, Workers
// workers parse, extract and resolve them, and this goroutine puts the
// results in the store in input order, so runs are deterministic.
func (r *runner) posts(ctx context.Context, paths []string) error {
	workers := r.cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	outer := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		seq     int
		in      source.Input
		display string  // the input's name as the user spelled it
		read    *listed // a file to read (in holds its name, resolved)
	}
	jobs := make(chan job, 2*workers)
	results := make(chan outcome, 2*workers)
	var walkErr error
	var walkSkips []Skip // written by the producer only; read once results are drained
	opts := r.cfg.Source
	opts.OnSkip = func(path, reason string) { walkSkips = append(walkSkips, Skip{Input: path, Reason: reason}) }
	// A file whose stat is the one recorded with its hash, when the store
	// holds that hash in this run's context, is an unchanged post: not read.
	opts.Unread = func(p string, st source.Stat) bool {
		name := r.fileName(p)
		e, ok := r.stats.same(name, st)
		if !ok {
			return false
		}
		h, ok := r.stored[r.cfg.Minter.Post(name)]
		return ok && h == hashOf(e.sum, r.context)
	}
	// Every input of pass 1's walk, in order, is first resolved without
	// reading anything: an unchanged post vouched for by its stat is an
	// outcome at once; the others (files to read, standard input, URLs)
	// are jobs, which the producer reads and hands to the workers ahead of
	// everything else, so that a changed post starts as the pass does.
	// Outcomes are applied in input order all the same.
	pending := map[int]outcome{}
	var toRead []job
	seq := 0
	add := func(in source.Input, display string, read *listed) {
		if in.Err == nil {
			if in = r.stable(in); r.seen[in.Name] {
				return // the same file by another spelling
			}
			r.seen[in.Name] = true
		}
		if in.Unread {
			o := r.process(ctx, in, display)
			o.seq = seq
			pending[seq] = o
		} else {
			toRead = append(toRead, job{seq: seq, in: in, display: display, read: read})
		}
		seq++
	}
scan:
	for i, p := range paths {
		if in, ok := r.cached[p]; ok {
			if !r.handled[p] {
				add(in, p, nil)
			}
			continue
		}
		for k, l := range r.listing[i] {
			if k%256 == 0 && ctx.Err() != nil {
				walkErr = ctx.Err()
				break scan
			}
			switch {
			case l.skip != "":
				opts.OnSkip(l.name, l.skip)
			case r.handled[l.name]:
			case l.err != nil:
				add(source.Input{Name: l.name, Explicit: l.explicit, Err: l.err}, l.name, nil)
			case opts.Unread(l.name, l.stat):
				add(source.Input{Name: l.name, Explicit: l.explicit, Stat: l.stat, Unread: true}, l.name, nil)
			default:
				add(source.Input{Name: l.name, Explicit: l.explicit}, l.name, &r.listing[i][k])
			}
		}
	}
	walked := make(chan struct{})
	go func() {
		defer close(walked)
		defer close(jobs)
		for _, j := range toRead {
			if j.read != nil { // a file: read now, named as resolved
				name := j.in.Name
				if j.in = source.ReadFile(j.read.name, j.read.explicit, opts); j.in.Err == nil {
					j.in.Name = name
				}
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				o := r.process(ctx, j.in, j.display)
				o.seq = j.seq
				results <- o // the loop below reads every result
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	next := 0
	drain := func() {
		for {
			o, ok := pending[next]
			if !ok {
				return
			}
			delete(pending, next)
			next++
			if o.err != nil && ctx.Err() != nil && errors.Is(o.err, ctx.Err()) {
				continue // not finished because of the interrupt: not a failure
			}
			r.apply(r.wctx, o)
		}
	}
	drain()
	for o := range results {
		pending[o.seq] = o
		drain()
	}
	cancel() // a producer still walking (the run was interrupted) stops
	<-walked
	r.rep.Skipped += len(walkSkips)
	r.rep.SkippedFiles = append(r.rep.SkippedFiles, walkSkips...)
	if walkErr != nil && outer.Err() == nil && !errors.Is(walkErr, context.Canceled) {
		return walkErr
	}
	return outer.Err()
}

// process parses, extracts and resolves one post. It runs on a worker and
// touches no runner state but read-only configuration.
func (r *runner) process(ctx context.Context, in source.Input, display string) (o outcome) {
	o = outcome{name: display, size: len(in.Data), stable: in.Name, stat: in.Stat}
	defer func() { o.err = rename(display, in.Name, o.err) }()
	if in.Err != nil { // changed between passes
		o.err = in.Err
		return o
	}
	if in.Unread {
		o.unchanged, o.unread, o.size = true, true, int(in.Stat.Size)
		return o
	}
	label := r.cfg.Minter.Post(in.Name)
	o.sum = sha256.Sum256(in.Data)
	hash := hashOf(o.sum, r.context)
	file := in.Stat != (source.Stat{}) // not stdin or a URL
	if h, ok := r.stored[label]; ok && h == hash {
		o.unchanged, o.record = true, file
		return o
	}
	work, ok := r.speculated(in.Name, hash)
	if !ok {
		var err error
		work, err = within(ctx, r.cfg.budget(len(in.Data)), in.Name, func(ctx context.Context) (outcome, error) {
			return r.parseResolve(ctx, in, hash, r.stored, r.resolver)
		})
		if err != nil {
			o.err = err
			return o
		}
	}
	// one post of the file's own name: stored under hash
	work.record = file && !work.skipped && len(work.docs)+work.same == 1 && len(work.docs) == 1 && work.docs[0].Hash == hash
	work.name, work.size, work.stable, work.stat, work.sum = o.name, o.size, o.stable, o.stat, o.sum // the name as the user spelled it
	return work
}

// parseResolve is process's work on a changed input, run under its budget:
// stored holds the hashes of the stored docs (the posts of a feed found
// unchanged are skipped), res returns the resolver.
func (r *runner) parseResolve(ctx context.Context, in source.Input, hash string, stored map[quad.IRI]string, res func() (*resolve.Resolver, error)) (outcome, error) {
	o := outcome{name: in.Name}
	p, err := r.parser.Parse(ctx, in) // Parser is read-only after New: safe to share
	if err != nil {
		if errors.Is(err, parse.ErrNotSupported) && !in.Explicit {
			o.skipped = true
			o.reason = strings.TrimPrefix(strings.TrimPrefix(err.Error(), in.Name), ": ")
			return o, nil
		}
		return o, err
	}
	if !in.Explicit && detect.MostlyCode(in.Data) {
		o.skipped, o.reason = true, "mostly source code, not a post"
		return o, nil
	}
	if p.Doc == nil { // a schedule found only now (changed between passes)
		return o, errors.New("changed while being read; run ingest again")
	}
	if p.Controls > 0 {
		o.warning = fmt.Errorf("%d control characters (NUL, ESC, …) replaced by spaces", p.Controls)
	}
	o.bytes = len(in.Data)
	docs := p.Docs
	if len(docs) == 0 {
		docs = []*doc.Document{p.Doc}
	}
	for i, pd := range docs {
		h := hash
		if len(docs) > 1 || pd.Source != in.Name { // a post inside a feed or JSON array
			h = fmt.Sprintf("%s#%d", hash, i+1)
			if old, ok := stored[r.cfg.Minter.Post(pd.Source)]; ok && old == h {
				o.same++
				continue
			}
		}
		if err := ctx.Err(); err != nil {
			return o, err
		}
		d, err := r.resolvePost(ctx, pd, h, res)
		if err != nil {
			return o, fmt.Errorf("%s: %w", pd.Source, err)
		}
		o.docs = append(o.docs, d)
	}
	return o, nil
}

// apply counts an outcome and queues its doc for the store.
func (r *runner) apply(ctx context.Context, o outcome) {
	switch {
	case o.skipped:
		r.rep.Skipped++
		r.rep.SkippedFiles = append(r.rep.SkippedFiles, Skip{Input: o.name, Reason: o.reason})
	case o.err != nil:
		r.fail(o.name, o.err)
	case o.unchanged:
		r.rep.Posts++
		r.rep.Unchanged++
		if o.unread {
			r.rep.Unread++
			r.stats.keep(o.stable)
		}
	default:
		if o.warning != nil {
			r.rep.Warnings = append(r.rep.Warnings, Failure{Input: o.name, Err: o.warning})
		}
		r.rep.Posts += len(o.docs) + o.same
		r.rep.Unchanged += o.same
		r.rep.Bytes += int64(o.bytes)
		for _, d := range o.docs {
			r.add(ctx, d)
		}
	}
	if o.record && o.err == nil {
		r.stats.saw(o.stable, o.stat, o.sum)
	}
	r.advance(int64(o.size), o.name)
}

func (r *runner) add(ctx context.Context, d store.Doc) {
	r.batch = append(r.batch, d)
	r.quads += len(d.Quads)
	if len(r.batch) >= r.cfg.BatchDocs || r.quads >= r.cfg.BatchQuads {
		r.send(ctx, nil)
	}
}

// send hands the batch to the writer (waiting while it still has one
// queued); ack, if not nil, is closed once the batch is stored.
func (r *runner) send(ctx context.Context, ack chan struct{}) {
	batch := r.batch
	r.batch, r.quads = nil, 0
	select {
	case r.w.jobs <- writeJob{docs: batch, ack: ack}:
	case <-ctx.Done():
		if ack != nil {
			close(ack)
		}
	}
}

// flush writes the batch and waits until everything queued is stored.
func (r *runner) flush(ctx context.Context) error {
	ack := make(chan struct{})
	r.send(ctx, ack)
	<-ack
	return ctx.Err()
}

// writeJob is a batch for the writer.
type writeJob struct {
	docs []store.Doc
	ack  chan struct{} // closed when stored (may be nil)
}

// writer stores batches on its own goroutine, in the order they are sent,
// so that posts are parsed and resolved while the store writes. It alone
// calls the namer and Store.Put during a run; it keeps its counts and
// failures apart from the runner's until stop merges them.
type writer struct {
	r    *runner
	jobs chan writeJob
	done chan struct{}
	rep  Report // store counts and failures
	once sync.Once
}

func (r *runner) startWriter(ctx context.Context) *writer {
	w := &writer{r: r, jobs: make(chan writeJob), done: make(chan struct{})}
	r.w = w
	go func() {
		defer close(w.done)
		for j := range w.jobs {
			if len(j.docs) > 0 {
				w.put(ctx, j.docs)
			}
			if j.ack != nil {
				w.flush(ctx)
				close(j.ack)
			}
		}
		w.flush(ctx)
	}()
	return w
}

// stop waits for the queued batches and merges the writer's counts into
// the report (once; later calls do nothing).
func (w *writer) stop() {
	w.once.Do(func() {
		close(w.jobs)
		<-w.done
		rep := w.r.rep
		rep.Added += w.rep.Added
		rep.Replaced += w.rep.Replaced
		rep.Unchanged += w.rep.Unchanged
		rep.QuadsAdded += w.rep.QuadsAdded
		rep.QuadsDeleted += w.rep.QuadsDeleted
		rep.Failures = append(rep.Failures, w.rep.Failures...)
	})
}

// put fixes the names of a batch and stores it, leaving its last Cayley
// transaction running while the next batch comes (Store.PutPipelined). If
// the store refuses the batch, each doc is put on its own so that one bad
// doc fails alone.
func (w *writer) put(ctx context.Context, batch []store.Doc) {
	for i := range batch {
		w.r.names.fix(ctx, &batch[i])
	}
	res, err := w.r.cfg.Store.PutPipelined(ctx, batch)
	if err == nil {
		w.count(res)
		return
	}
	if ctx.Err() != nil {
		return
	}
	for _, d := range batch {
		res, err := w.r.cfg.Store.Put(ctx, []store.Doc{d})
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			w.rep.Failures = append(w.rep.Failures, Failure{Input: d.Source, Err: err})
			continue
		}
		w.count(res)
	}
}

// flush waits for the store's running Cayley transaction; its failure
// (the batch is recorded, and the next ingest finishes it) is reported
// unless the run was interrupted.
func (w *writer) flush(ctx context.Context) {
	if err := w.r.cfg.Store.Flush(ctx); err != nil && ctx.Err() == nil {
		w.rep.Failures = append(w.rep.Failures, Failure{Input: "store", Err: err})
	}
}

func (w *writer) count(res store.PutResult) {
	w.rep.Added += res.Added
	w.rep.Replaced += res.Replaced
	w.rep.Unchanged += res.Unchanged
	w.rep.QuadsAdded += res.QuadsAdded
	w.rep.QuadsDeleted += res.QuadsDeleted
}
