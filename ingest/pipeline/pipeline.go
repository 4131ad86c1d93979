package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/url"
	"runtime"
	"sort"
	"strings"
	"sync"
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
	Known     *schedule.Index  // schedules shipped with talkgraph (may be nil)
	Aliases   *resolve.Aliases // user corrections (may be nil)
	// AliasesHash identifies the aliases file's content, so editing it
	// re-resolves posts on the next ingest.
	AliasesHash string
	Source      source.Options
	Progress    io.Writer // progress lines (nil: none)
	Workers     int       // posts parsed and resolved at once (default: GOMAXPROCS)
	BatchDocs   int       // docs per store transaction (default: max(500, BatchQuads/20))
	BatchQuads  int       // quads per store transaction (default: Store.BatchQuads())
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

// Report counts what an ingest did.
type Report struct {
	Posts, Schedules int // inputs read of each kind
	Added            int // docs new to the store
	Replaced         int // docs whose content or context changed
	Unchanged        int // docs skipped as unchanged
	Skipped          int // files in walked directories that are neither posts nor schedules
	QuadsAdded       int
	QuadsDeleted     int
	Bytes            int64 // bytes of input read
	Failures         []Failure
	Elapsed          time.Duration
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
	r := &runner{cfg: cfg, rep: &Report{}, parser: parse.New(), handled: map[string]bool{}, cached: map[string]source.Input{}, names: newNamer(ctx, cfg.Store)}
	if err := r.loadSchedules(ctx); err != nil {
		return nil, err
	}
	w := r.startWriter(ctx)
	defer w.stop()
	// Pass 1: schedules, so that posts read in pass 2 resolve against them.
	// Files are only peeked at; the few that may be schedules are read whole.
	peek := cfg.Source
	peek.Peek = 4096
	err := source.Walk(ctx, paths, peek, func(in source.Input) error {
		if in.Name == "-" || isURL(in.Name) {
			r.cached[in.Name] = in // cannot be read twice
		}
		if in.Err != nil {
			r.fail(in.Name, in.Err)
			r.handled[in.Name] = true
			return nil
		}
		if !detect.MaybeSchedule(in.Data) {
			return ctx.Err()
		}
		if in.Partial {
			if in = source.ReadFile(in.Name, in.Explicit, cfg.Source); in.Err != nil {
				r.fail(in.Name, in.Err)
				r.handled[in.Name] = true
				return nil
			}
		}
		if detect.Detect(in.Name, in.Data).IsSchedule() {
			r.handled[in.Name] = true
			r.schedule(ctx, in)
		}
		return ctx.Err()
	})
	if err != nil {
		return r.rep, err
	}
	if err := r.flush(ctx); err != nil {
		return r.rep, err
	}
	r.res = resolve.New(resolve.Config{Minter: cfg.Minter, Gazetteer: cfg.Gazetteer, Schedules: r.index, Aliases: cfg.Aliases})
	r.context = r.contextHash(ctx)
	if err := r.snapshotHashes(ctx); err != nil {
		return r.rep, err
	}
	// Pass 2: posts, parsed and resolved on every core, stored in input order.
	if err := r.posts(ctx, paths); err != nil {
		return r.rep, err
	}
	if err := r.flush(ctx); err != nil {
		return r.rep, err
	}
	w.stop()
	r.rep.Elapsed = time.Since(start)
	r.progress(true)
	return r.rep, nil
}

type runner struct {
	cfg     Config
	rep     *Report
	parser  *parse.Parser
	index   *schedule.Index
	res     *resolve.Resolver
	context string // hash of what resolution depends on besides the post
	handled map[string]bool
	cached  map[string]source.Input
	names   *namer
	stored  map[quad.IRI]string // label -> hash of the docs stored before pass 2
	w       *writer
	batch   []store.Doc
	quads   int
	last    time.Time
}

// snapshotHashes records the stored docs' hashes, so that workers can tell
// unchanged posts without waiting for the store while it writes a batch.
// A doc written later in the same run is still recognised by Put.
func (r *runner) snapshotHashes(ctx context.Context) error {
	docs, err := r.cfg.Store.Docs(ctx)
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
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https")
}

// loadSchedules builds the index posts resolve against: the shipped one and
// every schedule already in the store.
func (r *runner) loadSchedules(ctx context.Context) error {
	r.index = schedule.NewIndex()
	if r.cfg.Known != nil {
		r.index.Merge(r.cfg.Known)
	}
	att, err := r.cfg.Store.Attachments("schedule")
	if err != nil {
		return fmt.Errorf("read stored schedules: %w", err)
	}
	labels := make([]string, 0, len(att))
	for l := range att {
		labels = append(labels, string(l))
	}
	sort.Strings(labels)
	for _, l := range labels {
		ix, err := schedule.DecodeIndex(att[quad.IRI(l)])
		if err != nil {
			return fmt.Errorf("%s: stored schedule index: %w", l, err)
		}
		r.index.Merge(ix)
	}
	return nil
}

// contextHash identifies everything besides a post's bytes that its
// extraction depends on: the extractor, the aliases and the stored schedules.
func (r *runner) contextHash(ctx context.Context) string {
	h := sha256.New()
	io.WriteString(h, Version+"\n"+r.cfg.AliasesHash+"\n"+string(r.cfg.Minter.Post(""))+"\n")
	docs, err := r.cfg.Store.Docs(ctx)
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
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:]) + "/" + context
}

func (r *runner) fail(name string, err error) {
	r.rep.Failures = append(r.rep.Failures, Failure{Input: name, Err: err})
}

func (r *runner) schedule(ctx context.Context, in source.Input) {
	r.rep.Bytes += int64(len(in.Data))
	label := r.cfg.Minter.Schedule(in.Name)
	hash := contentHash(in.Data, Version)
	r.rep.Schedules++
	if h, ok := r.cfg.Store.Hash(label); ok && h == hash {
		r.rep.Unchanged++
		return
	}
	p, err := r.parser.Parse(ctx, in)
	if err != nil {
		r.fail(in.Name, err)
		return
	}
	if p.Schedule == nil {
		r.fail(in.Name, errors.New("looked like a schedule but did not parse as one"))
		return
	}
	d, err := schedule.Graph(p.Schedule, r.cfg.Minter, hash)
	if err != nil {
		r.fail(in.Name, err)
		return
	}
	ix := schedule.NewIndex()
	ix.Add(p.Schedule)
	r.index.Merge(ix)
	r.add(ctx, d)
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
	bytes     int
}

// posts reads every post in paths. A producer walks the inputs, Workers
// workers parse, extract and resolve them, and this goroutine puts the
// results in the store in input order, so runs are deterministic.
func (r *runner) posts(ctx context.Context, paths []string) error {
	workers := r.cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		seq int
		in  source.Input
	}
	jobs := make(chan job, 2*workers)
	results := make(chan outcome, 2*workers)
	var walkErr error
	go func() {
		defer close(jobs)
		seq := 0
		send := func(in source.Input) error {
			select {
			case jobs <- job{seq, in}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		for _, p := range paths {
			if in, ok := r.cached[p]; ok {
				if !r.handled[p] {
					if err := send(in); err != nil {
						walkErr = err
						return
					}
				}
				continue
			}
			err := source.Walk(ctx, []string{p}, r.cfg.Source, func(in source.Input) error {
				if r.handled[in.Name] {
					return nil
				}
				return send(in)
			})
			if err != nil {
				walkErr = err
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
				o := r.process(ctx, j.in)
				o.seq = j.seq
				select {
				case results <- o:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	pending := map[int]outcome{}
	next := 0
	for o := range results {
		pending[o.seq] = o
		for {
			o, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			r.apply(ctx, o)
		}
	}
	if walkErr != nil && ctx.Err() == nil {
		return walkErr
	}
	return ctx.Err()
}

// process parses, extracts and resolves one post. It runs on a worker and
// touches no runner state but read-only configuration.
func (r *runner) process(ctx context.Context, in source.Input) outcome {
	o := outcome{name: in.Name}
	if in.Err != nil { // changed between passes
		o.err = in.Err
		return o
	}
	label := r.cfg.Minter.Post(in.Name)
	hash := contentHash(in.Data, r.context)
	if h, ok := r.stored[label]; ok && h == hash {
		o.unchanged = true
		return o
	}
	p, err := r.parser.Parse(ctx, in) // Parser is read-only after New: safe to share
	if err != nil {
		if errors.Is(err, parse.ErrNotSupported) && !in.Explicit {
			o.skipped = true
			return o
		}
		o.err = err
		return o
	}
	if p.Doc == nil { // a schedule found only now (changed between passes)
		o.err = errors.New("changed while being read; run ingest again")
		return o
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
			if old, ok := r.stored[r.cfg.Minter.Post(pd.Source)]; ok && old == h {
				o.same++
				continue
			}
		}
		d, err := r.res.PostContext(ctx, pd, h)
		if err != nil {
			o.err = fmt.Errorf("%s: %w", pd.Source, err)
			return o
		}
		o.docs = append(o.docs, d)
	}
	return o
}

// apply counts an outcome and queues its doc for the store.
func (r *runner) apply(ctx context.Context, o outcome) {
	switch {
	case o.skipped:
		r.rep.Skipped++
	case o.err != nil:
		r.fail(o.name, o.err)
	case o.unchanged:
		r.rep.Posts++
		r.rep.Unchanged++
	default:
		r.rep.Posts += len(o.docs) + o.same
		r.rep.Unchanged += o.same
		r.rep.Bytes += int64(o.bytes)
		for _, d := range o.docs {
			r.add(ctx, d)
		}
	}
	r.progress(false)
}

func (r *runner) add(ctx context.Context, d store.Doc) {
	r.batch = append(r.batch, d)
	r.quads += len(d.Quads)
	if len(r.batch) >= r.cfg.BatchDocs || r.quads >= r.cfg.BatchQuads {
		r.send(ctx, nil)
	}
	r.progress(false)
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
			if ctx.Err() == nil && len(j.docs) > 0 {
				w.put(ctx, j.docs)
			}
			if j.ack != nil {
				close(j.ack)
			}
		}
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

// put fixes the names of a batch and stores it. If the store refuses the
// batch, each doc is put on its own so that one bad doc fails alone.
func (w *writer) put(ctx context.Context, batch []store.Doc) {
	for i := range batch {
		w.r.names.fix(ctx, &batch[i])
	}
	res, err := w.r.cfg.Store.Put(ctx, batch)
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

func (w *writer) count(res store.PutResult) {
	w.rep.Added += res.Added
	w.rep.Replaced += res.Replaced
	w.rep.Unchanged += res.Unchanged
	w.rep.QuadsAdded += res.QuadsAdded
	w.rep.QuadsDeleted += res.QuadsDeleted
}

func (r *runner) progress(final bool) {
	if r.cfg.Progress == nil {
		return
	}
	now := time.Now()
	if !final && now.Sub(r.last) < time.Second {
		return
	}
	r.last = now
	end := "\r"
	if final {
		end = "\n"
	}
	fmt.Fprintf(r.cfg.Progress, "ingest: %d posts, %d schedules, %d failed, %.1f MB%s",
		r.rep.Posts, r.rep.Schedules, len(r.rep.Failures), float64(r.rep.Bytes)/1e6, end)
}
