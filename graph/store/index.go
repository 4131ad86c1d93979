package store

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// The edge index answers one-hop questions ("the performers of this talk",
// "the talks under this track", "the nodes named X") without Cayley, whose
// key-value backends read every restated copy of a triple and turn a hop
// from a set of nodes into a scan.
//
// It lives in the manifest (bucket bIndex) and counts, for each distinct
// triple of an indexed predicate, how many docs state it. Every write
// updates it in the same manifest transaction that records the docs' new
// quads, so it always equals what a rebuild from the manifest's quads gives
// (the crash test checks this), whatever Cayley's intent has reached.
//
// Keys are text (the PostgreSQL manifest keeps keys as TEXT COLLATE "C"):
//
//	'o' code term(subject) term(object)   for out-edges
//	'i' code term(object) term(subject)   for in-edges
//
// where code is one byte naming the predicate and term is prefix-free (see
// termKey), so the edges of one node are one key prefix. The value is the
// number of docs stating the triple, in decimal.

const bIndex = "index" // edge key -> count of docs stating it

// indexVersionKey holds the index format; a store whose index is missing or
// in another format has it rebuilt on Open. It sorts before every edge key.
const (
	indexVersionKey = "#version"
	indexVersion    = "2"
)

// indexPred is one indexed predicate and the directions kept. objects, if
// set, keeps only the triples whose object is an IRI starting with it.
type indexPred struct {
	iri     quad.IRI
	code    byte
	out, in bool
	objects string
}

// indexPreds lists the indexed predicates: what the lookups hop along where
// Cayley reads many copies (a triple restated by every post naming the
// entity) or scans. Edges a single post states once (its mentions, its
// date) are left to Cayley, which answers a hop from one node well. Changing
// the list needs a new indexVersion.
func indexPreds() []indexPred {
	return []indexPred{
		{iri: vocab.Type, code: 'a', out: true, in: true, objects: vocab.NS}, // talkgraph's classes only
		{iri: vocab.Name, code: 'b', out: true, in: true},
		{iri: vocab.AlternateName, code: 'c', out: true},
		{iri: vocab.SuperEvent, code: 'e', out: true, in: true},
		{iri: vocab.Performer, code: 'f', out: true, in: true},
		{iri: vocab.About, code: 'g', in: true},
		{iri: vocab.Author, code: 'h', in: true},
	}
}

// edgeIndex maps predicates to their index entry.
type edgeIndex map[quad.IRI]indexPred

func newEdgeIndex() edgeIndex {
	m := edgeIndex{}
	for _, p := range indexPreds() {
		m[p.iri] = p
	}
	return m
}

// Indexed reports whether hops along p (towards subjects if in) are answered
// by the edge index (see Neighbors). For rdf:type only talkgraph's own
// classes (vocab.NS) are indexed.
func (s *Store) Indexed(p quad.IRI, in bool) bool {
	ip, ok := s.index[p]
	return ok && (in && ip.in || !in && ip.out)
}

// iriPrefixes shorten the IRIs most keys hold: tag byte and prefix.
var iriPrefixes = [...]struct {
	tag    byte
	prefix string
}{{'D', vocab.DefaultBase}, {'N', vocab.NS}, {'O', vocab.Schema}}

// termKey encodes a term so that no encoding is a prefix of another: a tag,
// the escaped lexical form, and for typed and language strings the escaped
// type or tag, each part ended by \x01. \x01 and \x02 are escaped with \x02;
// validated terms hold no NUL. IRIs under a common prefix (iriPrefixes) keep
// only the rest, under the prefix's tag.
func termKey(b *strings.Builder, v quad.Value) {
	part := func(s string) {
		if strings.IndexByte(s, 1) < 0 && strings.IndexByte(s, 2) < 0 {
			b.WriteString(s) // nothing to escape (almost every term)
			b.WriteByte(1)
			return
		}
		for i := 0; i < len(s); i++ {
			switch c := s[i]; c {
			case 1:
				b.WriteString("\x02\x03")
			case 2:
				b.WriteString("\x02\x02")
			default:
				b.WriteByte(c)
			}
		}
		b.WriteByte(1)
	}
	switch v := v.(type) {
	case quad.IRI:
		for _, p := range iriPrefixes {
			if rest, ok := strings.CutPrefix(string(v), p.prefix); ok {
				b.WriteByte(p.tag)
				part(rest)
				return
			}
		}
		b.WriteByte('I')
		part(string(v))
	case quad.BNode:
		b.WriteByte('B')
		part(string(v))
	case quad.String:
		b.WriteByte('S')
		part(string(v))
	case quad.TypedString:
		b.WriteByte('T')
		part(string(v.Value))
		part(string(v.Type))
	case quad.LangString:
		b.WriteByte('L')
		part(string(v.Value))
		part(v.Lang)
	default:
		// normValue only lets the five kinds above through.
		panic(fmt.Sprintf("store: cannot index %T", v))
	}
}

var errTermKey = errors.New("malformed index key")

// parseTermKey decodes the term termKey wrote at the start of s and returns
// the rest of s.
func parseTermKey(s string) (quad.Value, string, error) {
	part := func() (string, error) {
		// no escape before the part's end (almost every term): the part
		// is a substring of s
		if i := strings.IndexAny(s, "\x01\x02"); i >= 0 && s[i] == 1 {
			p := s[:i]
			s = s[i+1:]
			return p, nil
		}
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			switch c := s[i]; c {
			case 1:
				s = s[i+1:]
				return b.String(), nil
			case 2:
				if i+1 == len(s) {
					return "", errTermKey
				}
				i++
				if s[i] == 3 {
					b.WriteByte(1)
				} else {
					b.WriteByte(2)
				}
			default:
				b.WriteByte(c)
			}
		}
		return "", errTermKey
	}
	if s == "" {
		return nil, "", errTermKey
	}
	tag := s[0]
	s = s[1:]
	a, err := part()
	if err != nil {
		return nil, "", err
	}
	for _, p := range iriPrefixes {
		if tag == p.tag {
			return quad.IRI(p.prefix + a), s, nil
		}
	}
	switch tag {
	case 'I':
		return quad.IRI(a), s, nil
	case 'B':
		return quad.BNode(a), s, nil
	case 'S':
		return quad.String(a), s, nil
	case 'T', 'L':
		t, err := part()
		if err != nil {
			return nil, "", err
		}
		if tag == 'T' {
			return quad.TypedString{Value: quad.String(a), Type: quad.IRI(t)}, s, nil
		}
		return quad.LangString{Value: quad.String(a), Lang: t}, s, nil
	}
	return nil, "", errTermKey
}

// nodePrefix is the key prefix of node's edges along ip in one direction.
func nodePrefix(ip indexPred, node quad.Value, in bool) string {
	var b strings.Builder
	appendNodePrefix(&b, ip, node, in)
	return b.String()
}

// appendNodePrefix writes nodePrefix(ip, node, in) to b.
func appendNodePrefix(b *strings.Builder, ip indexPred, node quad.Value, in bool) {
	if in {
		b.WriteByte('i')
	} else {
		b.WriteByte('o')
	}
	b.WriteByte(ip.code)
	termKey(b, node)
}

// keys returns the index keys of a doc's (distinct) quads.
func (ix edgeIndex) keys(qs []quad.Quad) []string {
	var out []string
	var b strings.Builder
	for _, q := range qs {
		p, ok := q.Predicate.(quad.IRI)
		if !ok {
			continue
		}
		ip, ok := ix[p]
		if !ok {
			continue
		}
		if ip.objects != "" {
			if o, ok := q.Object.(quad.IRI); !ok || !strings.HasPrefix(string(o), ip.objects) {
				continue
			}
		}
		if ip.out {
			b.Reset()
			b.WriteByte('o')
			b.WriteByte(ip.code)
			termKey(&b, q.Subject)
			termKey(&b, q.Object)
			out = append(out, b.String())
		}
		if ip.in {
			b.Reset()
			b.WriteByte('i')
			b.WriteByte(ip.code)
			termKey(&b, q.Object)
			termKey(&b, q.Subject)
			out = append(out, b.String())
		}
	}
	return out
}

// prepareIndexed is prepare plus the doc's edge index keys.
func prepareIndexed(d Doc, ix edgeIndex) (*prepared, error) {
	p, err := prepare(d)
	if err == nil && ix != nil {
		p.edges = ix.keys(p.qs)
	}
	return p, err
}

// indexDelta accumulates the change a write makes to the edge counts.
type indexDelta map[string]int

func (d indexDelta) add(keys []string, n int) {
	for _, k := range keys {
		d[k] += n
	}
}

// apply writes the changed counts, in key order.
func (d indexDelta) apply(tx kvTx) error {
	keys := make([]string, 0, len(d))
	for k, n := range d {
		if n != 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	count := func(k string, old []byte) (int, error) {
		c := 0
		if old != nil {
			var err error
			if c, err = strconv.Atoi(string(old)); err != nil {
				return 0, fmt.Errorf("%w: index count %q: %v", ErrCorrupt, old, err)
			}
		}
		c += d[k]
		if c < 0 {
			return 0, fmt.Errorf("%w: index count below zero (the edge index disagrees with the manifest's quads)", ErrCorrupt)
		}
		return c, nil
	}
	if mt, ok := tx.(manyTx); ok {
		olds, err := mt.getMany(bIndex, keys)
		if err != nil {
			return err
		}
		var puts, dels []string
		var vals [][]byte
		for _, k := range keys {
			c, err := count(k, olds[k])
			if err != nil {
				return err
			}
			if c == 0 {
				dels = append(dels, k)
			} else {
				puts, vals = append(puts, k), append(vals, []byte(strconv.Itoa(c)))
			}
		}
		if err := mt.deleteMany(bIndex, dels); err != nil {
			return err
		}
		return mt.putMany(bIndex, puts, vals)
	}
	for _, k := range keys {
		old, err := tx.Get(bIndex, k)
		if err != nil {
			return err
		}
		c, err := count(k, old)
		if err != nil {
			return err
		}
		if c == 0 {
			err = tx.Delete(bIndex, k)
		} else {
			err = tx.Put(bIndex, k, []byte(strconv.Itoa(c)))
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// buildIndex computes the edge counts of every doc's quads in the manifest.
func (ix edgeIndex) build(tx kvTx) (map[string]int, error) {
	if bt, ok := tx.(boltTx); ok && runtime.GOMAXPROCS(0) > 1 {
		return ix.buildParallel(bt)
	}
	return ix.buildSerial(tx)
}

// buildSerial is build on the calling goroutine.
func (ix edgeIndex) buildSerial(tx kvTx) (map[string]int, error) {
	counts := map[string]int{}
	err := tx.ForEach(bQuads, func(k string, v []byte) error {
		qs, err := decodeQuads(v, quad.IRI(k))
		if err != nil {
			return fmt.Errorf("%w: manifest quads of %s: %v", ErrCorrupt, k, err)
		}
		for _, key := range ix.keys(qs) {
			counts[key]++
		}
		return nil
	})
	return counts, err
}

// indexReadOnly turns the edge index off for this Store (lookups then ask
// Cayley) when a read-only open finds it missing or in another format: a
// store written before it existed gets one from its next write.
func (s *Store) indexReadOnly(ctx context.Context) error {
	ok := false
	err := s.man.View(ctx, func(tx kvTx) error {
		if bt, isBolt := tx.(boltTx); isBolt && bt.tx.Bucket([]byte(bIndex)) == nil {
			return nil
		}
		v, err := tx.Get(bIndex, indexVersionKey)
		ok = string(v) == indexVersion
		return err
	})
	if !ok {
		s.index = nil
	}
	return err
}

// ensureIndex rebuilds the edge index if it is missing or in another
// format (a store written before it existed).
func (s *Store) ensureIndex(ctx context.Context) error {
	ok := false
	err := s.man.View(ctx, func(tx kvTx) error {
		v, err := tx.Get(bIndex, indexVersionKey)
		ok = string(v) == indexVersion
		return err
	})
	if err != nil || ok {
		return err
	}
	err = s.man.Update(ctx, s.index.rebuild)
	if err != nil {
		return fmt.Errorf("build edge index: %w", err)
	}
	return nil
}

// Neighbors answers one hop for each of nodes along an indexed predicate:
// the distinct objects of p from each node, or its distinct subjects if in.
// out[i] belongs to nodes[i]. It reads the edge index in one manifest
// transaction; p must be Indexed in that direction.
func (s *Store) Neighbors(ctx context.Context, nodes []quad.Value, p quad.IRI, in bool) ([][]quad.Value, error) {
	out := make([][]quad.Value, len(nodes))
	err := s.scanEdges(ctx, p, in, nodes, func(i int, other quad.Value) error {
		out[i] = append(out[i], other)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EachEdge calls fn with every indexed triple of p as (node, other): subject
// and object, or object and subject if in. Each triple comes once, grouped
// by node in key order. It stops at fn's first error and returns it.
func (s *Store) EachEdge(ctx context.Context, p quad.IRI, in bool, fn func(node, other quad.Value) error) error {
	if err := s.rlockIndex(ctx); err != nil {
		return err
	}
	defer s.mu.RUnlock()
	if s.closed {
		return s.errf("%w", ErrClosed)
	}
	ip, ok := s.index[p]
	if !ok || (in && !ip.in) || (!in && !ip.out) {
		return s.errf("edge index: %s is not indexed in that direction", p)
	}
	prefix := nodePrefix(ip, quad.IRI(""), in)[:2]
	err := s.man.View(ctx, func(tx kvTx) error {
		return tx.Scan(bIndex, prefix, func(k string, _ []byte) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			node, rest, err := parseTermKey(k[2:])
			if err != nil {
				return fmt.Errorf("%w: index key %q", ErrCorrupt, k)
			}
			other, _, err := parseTermKey(rest)
			if err != nil {
				return fmt.Errorf("%w: index key %q", ErrCorrupt, k)
			}
			return fn(node, other)
		})
	})
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return s.errf("edge index: %w", err)
	}
	return nil
}

func (s *Store) scanEdges(ctx context.Context, p quad.IRI, in bool, nodes []quad.Value, fn func(i int, other quad.Value) error) error {
	if err := s.rlockIndex(ctx); err != nil {
		return err
	}
	defer s.mu.RUnlock()
	if s.closed {
		return s.errf("%w", ErrClosed)
	}
	ip, ok := s.index[p]
	if !ok || (in && !ip.in) || (!in && !ip.out) {
		return s.errf("edge index: %s is not indexed in that direction", p)
	}
	err := s.man.View(ctx, func(tx kvTx) error {
		scan := tx.Scan
		if bt, ok := tx.(boltTx); ok {
			scan = bt.scanner(bIndex)
		}
		// the nodes' prefixes in key order, so that the scans move forward
		// through the index (fn's calls for one node keep their order)
		prefixes := make([]string, len(nodes))
		order := make([]int, 0, len(nodes))
		var b strings.Builder
		for i, n := range nodes {
			if n == nil {
				continue
			}
			b.Reset()
			b.Grow(96) // one allocation per prefix (Reset drops the buffer)
			appendNodePrefix(&b, ip, n, in)
			prefixes[i] = b.String()
			order = append(order, i)
		}
		slices.SortStableFunc(order, func(x, y int) int { return strings.Compare(prefixes[x], prefixes[y]) })
		for _, i := range order {
			if err := ctx.Err(); err != nil {
				return err
			}
			prefix := prefixes[i]
			err := scan(bIndex, prefix, func(k string, _ []byte) error {
				other, _, err := parseTermKey(k[len(prefix):])
				if err != nil {
					return fmt.Errorf("%w: index key %q", ErrCorrupt, k)
				}
				return fn(i, other)
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		err = ctx.Err() // never a silent partial answer
	}
	if err != nil {
		return s.errf("edge index: %w", err)
	}
	return nil
}
