package store

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// bSums maps each doc label to sumQuads of its manifest quads record, so
// that a damaged record is found when the doc is touched (replaced,
// removed, explained) and by Check.
const bSums = "sums"

// sumQuads is the checksum kept in bSums for an encodeQuads record.
func sumQuads(rec []byte) []byte {
	h := sha256.Sum256(rec)
	return h[:16]
}

// ErrChecksum is wrapped by the error for a manifest record whose checksum
// does not match: the record was changed outside talkgraph.
var ErrChecksum = errors.New("manifest record does not match its checksum")

// verifySum checks rec against the stored checksum of label (a doc
// written before checksums existed has none and passes).
func verifySum(tx kvTx, label string, rec []byte) error {
	want, err := tx.Get(bSums, label)
	if err != nil {
		return err
	}
	return checkSum(label, rec, want)
}

// checkSum checks rec against want, the stored checksum of label (nil: none).
func checkSum(label string, rec, want []byte) error {
	if want == nil {
		return nil
	}
	if got := sumQuads(rec); string(got) != string(want) {
		return fmt.Errorf("%w: %s: %w (run 'talkgraph check --repair')", ErrCorrupt, label, ErrChecksum)
	}
	return nil
}

// CheckOptions configures Check.
type CheckOptions struct {
	// Repair rewrites every doc whose Cayley quads differ from the manifest
	// (the manifest wins), deletes Cayley quads of no known doc, records
	// missing checksums, and marks docs whose manifest record is damaged
	// as changed, so that the next ingest of their source replaces them.
	Repair bool
}

// DocProblem is one doc Check found wrong.
type DocProblem struct {
	Label   quad.IRI
	Source  string
	Missing int  // manifest quads absent from Cayley
	Extra   int  // Cayley quads under the doc's label the manifest does not have
	Damaged bool // the manifest record fails its checksum (or does not decode)
	Reason  string
}

// CheckReport is what Check found (and repaired).
type CheckReport struct {
	Docs         int          // docs checked
	Quads        int64        // manifest quads checked
	CayleyQuads  int64        // quads read from Cayley
	Problems     []DocProblem // sorted by label
	Foreign      int64        // Cayley quads whose label is no stored doc
	NoChecksum   int          // docs written before checksums were kept
	Repaired     int          // docs rewritten from the manifest
	Rebuilt      bool         // Cayley's store was rebuilt from the manifest
	MarkedStale  int          // damaged docs marked for re-ingest
	ForeignFixed int64        // foreign quads deleted
}

// OK reports whether nothing is wrong.
func (r *CheckReport) OK() bool { return len(r.Problems) == 0 && r.Foreign == 0 }

// quadHash is one quad's contribution to a doc's order-independent digest.
func quadHash(q quad.Quad) uint64 {
	h := sha256.Sum256([]byte(quad.Quad{Subject: q.Subject, Predicate: q.Predicate, Object: q.Object}.NQuad()))
	return binary.LittleEndian.Uint64(h[:8])
}

type digest struct {
	n   int64
	sum uint64
}

func (d *digest) add(q quad.Quad) { d.n++; d.sum += quadHash(q) }

// Check compares the manifest with Cayley: on Bolt it first walks both
// files page by page (see walkBoltFile); then it verifies each doc's
// manifest record against its checksum and compares, doc by doc, the
// quads Cayley holds under the doc's label with the manifest's (by count
// and an order-independent digest, so memory stays small; the docs that
// differ are then compared quad by quad). Reading Cayley is one scan.
func (s *Store) Check(ctx context.Context, opt CheckOptions) (*CheckReport, error) {
	if opt.Repair {
		s.mu.Lock()
		defer s.mu.Unlock()
		if err := s.writable(); err != nil {
			return nil, err
		}
		if err := s.settle(); err != nil && !errors.Is(err, ErrUnfinished) {
			return nil, err
		}
		if _, _, err := s.redo(ctx); err != nil {
			return nil, s.errf("finish interrupted write: %w", err)
		}
		if err := s.clearIntent(ctx); err != nil {
			return nil, s.errf("%w", err)
		}
	} else {
		s.mu.RLock()
		defer s.mu.RUnlock()
		if s.closed {
			return nil, s.errf("%w", ErrClosed)
		}
	}
	return s.check(ctx, opt)
}

// check is Check with s.mu held.
func (s *Store) check(ctx context.Context, opt CheckOptions) (*CheckReport, error) {
	if s.cfg.Backend == Bolt {
		if err := verifyBoltFiles(s.dir, true, manifestFile, cayleyFile); err != nil {
			return nil, s.errf("%w", err)
		}
	}
	if err := s.docsReady(); err != nil {
		return nil, err
	}
	rep := &CheckReport{}
	want := map[quad.IRI]*digest{}
	damaged := map[quad.IRI]string{}
	var noSum []quad.IRI
	err := s.man.View(ctx, func(tx kvTx) error {
		return tx.ForEach(bQuads, func(k string, v []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			label := quad.IRI(k)
			rep.Docs++
			sum, err := tx.Get(bSums, k)
			if err != nil {
				return err
			}
			if sum == nil {
				noSum = append(noSum, label)
			} else if string(sumQuads(v)) != string(sum) {
				damaged[label] = "manifest record does not match its checksum"
				return nil
			}
			qs, err := decodeQuads(v, label)
			if err != nil {
				damaged[label] = "manifest record does not decode: " + err.Error()
				return nil
			}
			d := &digest{}
			for _, q := range qs {
				d.add(q)
			}
			rep.Quads += d.n
			want[label] = d
			return nil
		})
	})
	if err != nil {
		return nil, s.errf("check manifest: %w", err)
	}
	rep.NoChecksum = len(noSum)
	for l := range s.docs {
		if _, ok := want[l]; !ok && damaged[l] == "" {
			damaged[l] = "manifest lists the doc but holds no quads record"
		}
	}
	got := map[quad.IRI]*digest{}
	foreign := map[quad.Value]bool{}
	err = s.scanCayley(ctx, func(q quad.Quad) {
		rep.CayleyQuads++
		l, ok := q.Label.(quad.IRI)
		if _, known := s.docs[l]; !ok || !known {
			rep.Foreign++
			foreign[q.Label] = true
			return
		}
		d := got[l]
		if d == nil {
			d = &digest{}
			got[l] = d
		}
		d.add(q)
	})
	if err != nil {
		return nil, s.errf("check Cayley: %w", err)
	}
	differ := map[quad.IRI]bool{}
	for l, w := range want {
		g := got[l]
		if g == nil {
			g = &digest{}
		}
		if *g != *w {
			differ[l] = true
		}
	}
	// Compare the docs that differ quad by quad (a second scan, keeping
	// only their quads).
	var fixes []graph.Delta
	var adds []graph.Delta
	if len(differ) > 0 {
		have := map[quad.IRI]map[quad.Quad]bool{}
		for l := range differ {
			have[l] = map[quad.Quad]bool{}
		}
		err = s.scanCayley(ctx, func(q quad.Quad) {
			if l, ok := q.Label.(quad.IRI); ok && differ[l] {
				have[l][q] = true
			}
		})
		if err != nil {
			return nil, s.errf("check Cayley: %w", err)
		}
		err = s.man.View(ctx, func(tx kvTx) error {
			for l := range differ {
				v, err := tx.Get(bQuads, string(l))
				if err != nil {
					return err
				}
				qs, err := decodeQuads(v, l)
				if err != nil {
					return err
				}
				p := DocProblem{Label: l, Source: s.docs[l].Source}
				inMan := make(map[quad.Quad]bool, len(qs))
				for _, q := range qs {
					inMan[q] = true
					if !have[l][q] {
						p.Missing++
						adds = append(adds, graph.Delta{Quad: q, Action: graph.Add})
					}
				}
				for q := range have[l] {
					if !inMan[q] {
						p.Extra++
						fixes = append(fixes, graph.Delta{Quad: q, Action: graph.Delete})
					}
				}
				p.Reason = fmt.Sprintf("Cayley differs from the manifest: %d quads missing, %d extra", p.Missing, p.Extra)
				rep.Problems = append(rep.Problems, p)
			}
			return nil
		})
		if err != nil {
			return nil, s.errf("check manifest: %w", err)
		}
	}
	for l, why := range damaged {
		rep.Problems = append(rep.Problems, DocProblem{Label: l, Source: s.docs[l].Source, Damaged: true, Reason: why})
	}
	sort.Slice(rep.Problems, func(i, j int) bool { return rep.Problems[i].Label < rep.Problems[j].Label })
	if !opt.Repair {
		return rep, ctx.Err()
	}
	return rep, s.repair(ctx, rep, fixes, adds, foreign, damaged, noSum)
}

// repair applies what Check found; call with s.mu held for writing.
func (s *Store) repair(ctx context.Context, rep *CheckReport, dels, adds []graph.Delta, foreign map[quad.Value]bool, damaged map[quad.IRI]string, noSum []quad.IRI) error {
	if len(foreign) > 0 {
		err := s.scanCayley(ctx, func(q quad.Quad) {
			if foreign[q.Label] {
				dels = append(dels, graph.Delta{Quad: q, Action: graph.Delete})
				rep.ForeignFixed++
			}
		})
		if err != nil {
			return s.errf("repair: %w", err)
		}
	}
	if err := s.applyChunks(ctx, dels, "repair: delete quads"); err != nil {
		return err
	}
	if err := s.applyChunks(ctx, adds, "repair: add quads"); err != nil {
		return err
	}
	cayleyBad := rep.Foreign > 0
	for _, p := range rep.Problems {
		if !p.Damaged {
			rep.Repaired++
			cayleyBad = true
		}
	}
	if cayleyBad {
		// A damaged Cayley index can make the targeted fix miss (a quad
		// whose node was damaged cannot be deleted by value): check again
		// and rebuild Cayley from the manifest if anything still differs.
		again, err := s.check(ctx, CheckOptions{})
		if err != nil {
			return err
		}
		still := again.Foreign > 0
		for _, p := range again.Problems {
			still = still || !p.Damaged
		}
		if still {
			if err := s.rebuild(ctx); err != nil {
				return s.errf("repair: rebuild Cayley from the manifest: %w", err)
			}
			rep.Rebuilt = true
		}
	}
	err := s.man.Update(ctx, func(tx kvTx) error {
		for _, l := range noSum {
			if _, bad := damaged[l]; bad {
				continue
			}
			v, err := tx.Get(bQuads, string(l))
			if err != nil {
				return err
			}
			if err := tx.Put(bSums, string(l), sumQuads(v)); err != nil {
				return err
			}
		}
		// A damaged doc cannot be rewritten from its record: clear its hash
		// so the next ingest of its source replaces it whole.
		for l := range damaged {
			m := docMeta{Source: s.docs[l].Source, Kind: s.docs[l].Kind, Quads: s.docs[l].Quads}
			if err := tx.Put(bMeta, string(l), encodeMeta(m)); err != nil {
				return err
			}
			rep.MarkedStale++
		}
		return nil
	})
	if err != nil {
		return s.errf("repair: record checksums: %w", err)
	}
	for l := range damaged {
		d := s.docs[l]
		d.Hash = ""
		s.docs[l] = d
	}
	return nil
}

// scanCayley calls fn with every quad Cayley holds, guarding the reads of
// the mapped Bolt file.
func (s *Store) scanCayley(ctx context.Context, fn func(quad.Quad)) error {
	return guardRead(cayleyFile, func() error {
		s.idle()
		it := s.qs.QuadsAllIterator()
		defer it.Close()
		for it.Next(ctx) {
			fn(s.qs.Quad(it.Result()))
		}
		if err := it.Err(); err != nil {
			return err
		}
		return ctx.Err()
	})
}
