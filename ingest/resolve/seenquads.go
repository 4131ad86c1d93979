package resolve

import (
	"cmp"
	"hash/maphash"
	"slices"

	"github.com/cayleygraph/quad"
)

// seenQuads finds the quads a writer added twice. The hundred thousand
// quads of a long post made a set of them (even of their 64-bit hashes)
// the writer's main cost, a map lookup that misses the cache per quad; so
// the writer appends every quad, seenQuads notes its hash, and dups, once
// all are written, sorts the hashes and compares the quads that share one:
// the later copies of a quad are its duplicates (two quads whose hashes
// collide are told apart by the comparison). An object that is not an IRI,
// a String or a TypedString has no hash and goes through an exact set at
// once.
type seenQuads struct {
	seed   maphash.Seed
	seeded bool
	sums   []quadSum
	// the last subject hashed and its hash: an entity's quads come one
	// after another and share their subject, hashed once for all; and
	// the last predicate, likewise
	lastS, lastP   quad.IRI
	lastSH, lastPH uint64
	sOK, pOK       bool
	exact          map[quadKey]bool
	// collide gives every quad the same hash (tests)
	collide bool
}

// quadSum is the hash of the quad at index i.
type quadSum struct {
	h uint64
	i int
}

// newSeenQuads returns a set sized for about n quads.
func newSeenQuads(n int) *seenQuads {
	return &seenQuads{sums: make([]quadSum, 0, n)}
}

// add notes k, the key of the quad appended at index i of quads, and
// reports whether to append it: false only for a repeated quad of an
// object without a hash (dups finds the others).
func (s *seenQuads) add(k quadKey, i int) bool {
	sum, ok := s.hash(k)
	if ok {
		s.sums = append(s.sums, quadSum{sum, i})
		return true
	}
	if s.exact[k] {
		return false
	}
	if s.exact == nil {
		s.exact = map[quadKey]bool{}
	}
	s.exact[k] = true
	return true
}

// dups returns which of quads repeat an earlier one (nil when none does).
func (s *seenQuads) dups(quads []quad.Quad) []bool {
	sortSums(s.sums)
	var drop []bool
	for a := 0; a < len(s.sums); {
		b := a + 1
		for b < len(s.sums) && s.sums[b].h == s.sums[a].h {
			b++
		}
		// the quads of one hash, in the order they were added: each is a
		// duplicate of an earlier one that was kept, or kept
		for x := a + 1; x < b; x++ {
			qx := quads[s.sums[x].i]
			for y := a; y < x; y++ {
				if j := s.sums[y].i; (drop == nil || !drop[j]) && sameQuad(quads[j], qx) {
					if drop == nil {
						drop = make([]bool, len(quads))
					}
					drop[s.sums[x].i] = true
					break
				}
			}
		}
		a = b
	}
	return drop
}

func sameQuad(a, b quad.Quad) bool {
	return a.Subject == b.Subject && a.Predicate == b.Predicate && a.Object == b.Object
}

// hash returns the hash of k; ok is false for an object that is not an
// IRI, a String or a TypedString. Each part is hashed on its own by
// maphash.String (no streaming through a Hash's buffer) and the parts'
// hashes are mixed: the subject's and the predicate's are kept from the
// last quad, as an entity's quads share their subject and a run of them
// often its predicate. The object's kind is mixed in so that an IRI and
// a String of one text differ; a TypedString's value and type are hashed
// apart, so their bounds count. Equal keys give equal hashes, which is
// all dups needs: quads of one hash are compared.
func (s *seenQuads) hash(k quadKey) (uint64, bool) {
	var oh uint64
	switch o := k.o.(type) {
	case quad.IRI:
		oh = s.str(string(o)) ^ 0x9e3779b97f4a7c15
	case quad.String:
		oh = s.str(string(o)) ^ 0xbf58476d1ce4e5b9
	case quad.TypedString:
		oh = mix(s.str(string(o.Value))^0x94d049bb133111eb, s.str(string(o.Type)))
	default:
		return 0, false
	}
	if !s.sOK || k.s != s.lastS {
		s.lastS, s.lastSH, s.sOK = k.s, s.str(string(k.s)), true
	}
	if !s.pOK || k.p != s.lastP {
		s.lastP, s.lastPH, s.pOK = k.p, s.str(string(k.p)), true
	}
	if s.collide {
		return 0, true
	}
	return mix(mix(s.lastSH, s.lastPH), oh), true
}

// str hashes t with the set's seed.
func (s *seenQuads) str(t string) uint64 {
	if !s.seeded {
		s.seed, s.seeded = maphash.MakeSeed(), true
	}
	return maphash.String(s.seed, t)
}

// mix combines two hashes, in order: a multiply of a and b's odd
// multiple, folded by splitmix64's finalizer.
func mix(a, b uint64) uint64 {
	x := a*0xff51afd7ed558ccd + b
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 29
	return x
}

// radixMin is the number of sums from which sortSums sorts by radix.
const radixMin = 256

// sortSums sorts sums by hash, then index. The writer adds them in the
// order of their indexes, and a radix sort by hash, stable, keeps that
// order among equal hashes: eight passes over the sums instead of a
// comparison sort's dozens of calls of a comparison per sum. Sums out of
// index order, or few, are sorted by comparison.
func sortSums(sums []quadSum) {
	inOrder := true
	for k := 1; k < len(sums); k++ {
		if sums[k].i < sums[k-1].i {
			inOrder = false
			break
		}
	}
	if !inOrder || len(sums) < radixMin {
		slices.SortFunc(sums, func(a, b quadSum) int {
			if c := cmp.Compare(a.h, b.h); c != 0 {
				return c
			}
			return cmp.Compare(a.i, b.i)
		})
		return
	}
	src, dst := sums, make([]quadSum, len(sums))
	for shift := uint(0); shift < 64; shift += 8 {
		var count [256]int
		for _, x := range src {
			count[byte(x.h>>shift)]++
		}
		if count[byte(src[0].h>>shift)] == len(src) {
			continue // every sum has this byte: the order stands
		}
		at := 0
		for d := range count {
			count[d], at = at, at+count[d]
		}
		for _, x := range src {
			d := byte(x.h >> shift)
			dst[count[d]] = x
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &sums[0] {
		copy(sums, src)
	}
}
