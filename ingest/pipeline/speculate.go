package pipeline

import (
	"context"
	"crypto/sha256"
	"errors"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/ingest/resolve"
	"github.com/talkgraph/talkgraph/ingest/source"
)

// A re-ingest with one post changed spends most of its time on that post,
// and pass 1 knows which file it is as soon as the walk reaches it: a file
// the stat cache recorded, whose stat is another now. speculate reads,
// parses and resolves that file there and then, beside the rest of pass 1
// (on another core), assuming what is most likely: that pass 1 reads no
// schedule (the post then resolves against the shipped and stored
// schedules, and its hash has the context the run started with). Pass 2
// takes the result when that held and it is the result pass 2 would make:
// the same bytes under the same hash, one post of the file's own name (see
// speculated); otherwise it extracts the file as any other.

// speculation is the speculative extraction of one file.
type speculation struct {
	name   string        // the file's stable name
	done   chan struct{} // closed when o, hash and err are set
	cancel context.CancelFunc
	o      outcome
	hash   string // the hash the post was extracted under
	err    error
}

// speculate starts the speculative extraction of the file at path, named
// name (its stable name), under the hash context ctxHash; prev is the hash
// its post was stored under when the run began (the bytes of a file only
// touched are not extracted). Only the walk goroutine calls it, once.
func (r *runner) speculate(ctx context.Context, path, name string, explicit bool, ctxHash, prev string) {
	sctx, cancel := context.WithCancel(ctx)
	s := &speculation{name: name, done: make(chan struct{}), cancel: cancel}
	r.spec = s
	r.specRes = sync.OnceValues(func() (*resolve.Resolver, error) {
		res, err := r.buildResolver(nil)
		if err == nil {
			go res.Warm()
		}
		return res, err
	})
	go func() {
		defer close(s.done)
		in := source.ReadFile(path, explicit, r.cfg.Source)
		if in.Err != nil {
			s.err = in.Err
			return
		}
		in.Name = name
		if s.hash = hashOf(sha256.Sum256(in.Data), ctxHash); s.hash == prev {
			s.err = errUnchanged // pass 2 finds it unchanged
			return
		}
		// no stored hashes: a feed's posts are all extracted, and
		// speculated refuses the result of more than one post
		s.o, s.err = within(sctx, r.cfg.budget(len(in.Data)), in.Name, func(ctx context.Context) (outcome, error) {
			return r.parseResolve(ctx, in, s.hash, nil, r.specRes)
		})
	}()
}

// speculated returns the speculative extraction of the file named name, if
// there is one and it is what parseResolve would return for the file read
// now, whose post has hash: pass 1 read no schedule, the bytes and the
// context are those of the speculation (hash is the same), and the file is
// one post of its own name. It waits for the speculation to finish.
func (r *runner) speculated(name, hash string) (outcome, bool) {
	s := r.spec
	if s == nil || s.name != name || len(r.fresh) > 0 {
		return outcome{}, false
	}
	<-s.done
	o := s.o
	if s.err != nil || s.hash != hash || o.skipped || o.same > 0 || len(o.docs) != 1 || o.docs[0].Hash != hash {
		return outcome{}, false
	}
	r.speculatedPosts.Add(1)
	return o, true
}

// errUnchanged ends a speculation on bytes stored already.
var errUnchanged = errors.New("unchanged")

// stopSpeculation ends a speculation pass 2 did not wait for, and waits
// for it (within returns at once when its context ends).
func (r *runner) stopSpeculation() {
	if s := r.spec; s != nil {
		s.cancel()
		<-s.done
	}
}

// storedHash is the hash of the doc labelled label among docs, "" if none.
func storedHash(docs []store.DocInfo, label quad.IRI) string {
	for _, d := range docs {
		if d.Label == label {
			return d.Hash
		}
	}
	return ""
}
