package gazetteer

// firstTable finds the trie node of an ASCII first token without folding
// it into a new string and without a map lookup: an open-addressing table
// over the trie's ASCII first tokens, keyed by the FNV-1a hash of the
// lower-cased token that Find computes anyway while scanning it (the
// filter's hash). It holds the same nodes as root.adj for those keys, so
// Find's matches are unchanged (TestFirstTableSame).
type firstTable struct {
	slots []firstSlot
	mask  uint32
}

type firstSlot struct {
	key string // folded (lower-case ASCII) first token
	n   *node
}

// newFirstTable indexes the ASCII keys of adj.
func newFirstTable(adj map[string]*node) firstTable {
	count := 0
	for k := range adj {
		if _, ok := tokenHash(k); ok {
			count++
		}
	}
	size := 16
	for size < 2*count {
		size <<= 1
	}
	t := firstTable{slots: make([]firstSlot, size), mask: uint32(size - 1)}
	for k, n := range adj {
		h, ok := tokenHash(k)
		if !ok {
			continue
		}
		i := h & t.mask
		for t.slots[i].n != nil {
			i = (i + 1) & t.mask
		}
		t.slots[i] = firstSlot{key: k, n: n}
	}
	return t
}

// lookup returns the node of ASCII token tok, whose tokenHash is h; nil if
// no name starts with it.
func (t *firstTable) lookup(tok string, h uint32) *node {
	if len(t.slots) == 0 {
		return nil
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.n == nil {
			return nil
		}
		if len(s.key) == len(tok) && equalLowerASCII(tok, s.key) {
			return s.n
		}
	}
}

// equalLowerASCII tells whether ASCII a lower-cased equals b.
func equalLowerASCII(a, b string) bool {
	for i := 0; i < len(b); i++ {
		c := a[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != b[i] {
			return false
		}
	}
	return true
}
