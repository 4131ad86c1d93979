package gazetteer

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// node is one state of the token trie: a name is a sequence of tokens
// (runs of letters/digits/_ or single punctuation characters), each joined to
// the previous one directly ("Node" "." "js") or by white space ("Apache"
// "Cassandra").
type node struct {
	adj   map[string]*node // next token directly after this one
	sp    map[string]*node // next token after white space
	forms []form
}

// form is a surface form ending at a node.
type form struct {
	entry      *Entry
	text       string // the surface with white space runs made single spaces
	exact      bool   // must equal text byte for byte
	notInitial bool
	loose      bool // matched in any case, only for the extractor to confirm with context (Match.Loose)
}

func newNode() *node { return &node{} }

// addForm inserts surface s for entry e into the trie, a strict or a
// loose form.
func (g *Gazetteer) addForm(s string, e *Entry, exact, notInitial, loose bool) {
	if count := insertForm(g.root, false, s, e, exact, notInitial, loose, g.filter); count > g.maxToks {
		g.maxToks = count
	}
}

// insertForm inserts surface s for entry e below node n and returns its
// number of tokens (0: none, nothing inserted). n is the trie's root, and
// the first token's hash is set in filter; or, when atFirst, n is the
// node of s's first token (an index's, index.go) and s continues from it.
func insertForm(n *node, atFirst bool, s string, e *Entry, exact, notInitial, loose bool, filter []uint64) int {
	// the surface with white space runs made single spaces: s itself
	// when it is so already (almost every name)
	asIs := collapsedASCII(s)
	var norm strings.Builder
	count := 0
	for pos := 0; ; {
		ts, te, space, _ := nextToken(s, pos)
		if ts < 0 {
			break
		}
		if !asIs {
			if space && count > 0 {
				norm.WriteByte(' ')
			}
			norm.WriteString(s[ts:te])
		}
		if count == 0 && atFirst {
			count++
			pos = te
			continue
		}
		k := foldKey(s[ts:te], nil)
		if count == 0 {
			if h, ok := tokenHash(k); ok {
				h %= filterBits
				filter[h>>6] |= 1 << (h & 63)
			}
		}
		m := &n.adj
		if space && count > 0 {
			m = &n.sp
		}
		if *m == nil {
			*m = map[string]*node{}
		}
		c := (*m)[k]
		if c == nil {
			c = newNode()
			(*m)[k] = c
		}
		n = c
		count++
		pos = te
	}
	if count == 0 {
		return 0
	}
	text := s
	if !asIs {
		text = norm.String()
	}
	for _, f := range n.forms {
		if f.entry == e && f.text == text && f.exact == exact && f.loose == loose {
			return count
		}
	}
	n.forms = append(n.forms, form{entry: e, text: text, exact: exact, notInitial: notInitial, loose: loose})
	return count
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r)
}

// nextToken returns the next token at or after pos: its bounds, whether
// white space precedes it, and how many newlines that space holds. ts < 0
// at the end of s.
func nextToken(s string, pos int) (ts, te int, space bool, newlines int) {
	i := pos
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				if c == '\n' {
					newlines++
				}
				space = true
				i++
				continue
			}
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isSpaceRune(r) {
			break
		}
		space = true
		i += w
	}
	if i >= len(s) {
		return -1, -1, space, newlines
	}
	ts = i
	r, w := rune(s[i]), 1
	if r >= utf8.RuneSelf {
		r, w = utf8.DecodeRuneInString(s[i:])
	}
	if !isWordRune(r) {
		return ts, i + w, space, newlines
	}
	i += w
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				i++
				continue
			}
			break
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		i += w
	}
	return ts, i, space, newlines
}

// foldKey folds a token for the trie; ASCII tokens are lower-cased into buf
// when needed, others go through vocab.Fold.
func foldKey(tok string, buf []byte) string {
	upper := false
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= utf8.RuneSelf {
			return vocab.Fold(tok)
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
		}
	}
	if !upper {
		return tok
	}
	buf = buf[:0]
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return string(buf)
}

// Find returns the non-overlapping mentions of gazetteer names in text,
// left to right, preferring at each position the longest name. Names match
// on token boundaries only, ignoring case (except ExactCase names and cased
// aliases), never inside URLs or e-mail addresses.
func (g *Gazetteer) Find(text string) []Match {
	var out []Match
	skip := excluded(text)
	var buf [64]byte
	for pos := 0; ; {
		ts, te, ok, h, ascii := g.nextCandidate(text, pos)
		if ts < 0 {
			break
		}
		pos = te
		if !ok {
			continue
		}
		n := g.firstNode(text[ts:te], h, ascii, buf[:0])
		if n == nil {
			continue
		}
		for len(skip) > 0 && skip[0][1] <= ts {
			skip = skip[1:]
		}
		if len(skip) > 0 && skip[0][0] <= ts {
			continue
		}
		if ts > 0 && !isWordToken(text[ts:te]) {
			if r, _ := utf8.DecodeLastRuneInString(text[:ts]); isWordRune(r) {
				continue
			}
		}
		best, bestEnd, bestLoose := g.longest(n, text, ts, te, buf[:0], false)
		if best != nil {
			if len(out) == cap(out) && len(out) >= 256 {
				// doubled: append grows a long list by a quarter, and
				// a long text dense with names copied it over and over
				out = slices.Grow(out, len(out))
			}
			out = append(out, Match{Start: ts, End: bestEnd, Surface: text[ts:bestEnd], Entry: best, Loose: bestLoose})
			pos = bestEnd
		}
	}
	return out
}

// firstNode is the trie node of the first token tok of a name (nil: none),
// with tok's hash h when ascii (nextCandidate).
func (g *Gazetteer) firstNode(tok string, h uint32, ascii bool, buf []byte) *node {
	switch {
	case g.index != nil:
		return g.index.lookup(tok, h, ascii, buf)
	case ascii:
		return g.first.lookup(tok, h)
	case len(tok) <= cap(buf):
		return g.root.adj[foldKeyBuf(tok, buf)]
	default:
		return g.root.adj[foldKey(tok, nil)]
	}
}

// longest returns the longest name that starts with the token text[ts:te]
// of node n (a strict name before a loose one), and where it ends. mid
// tells that text[ts:] follows a word and a space mid-sentence (Whole).
func (g *Gazetteer) longest(n *node, text string, ts, te int, buf []byte, mid bool) (best *Entry, bestEnd int, bestLoose bool) {
	end := te
	for k := 1; ; k++ {
		if e, loose := g.accept(n, text, ts, end, mid); e != nil && (!loose || best == nil) {
			best, bestEnd, bestLoose = e, end, loose
		}
		if k >= g.maxToks || (n.adj == nil && n.sp == nil) {
			break
		}
		s2, e2, space, nl := nextToken(text, end)
		if s2 < 0 || nl > 1 {
			break
		}
		m := n.adj
		if space {
			m = n.sp
		}
		var c *node
		if t := text[s2:e2]; len(t) <= cap(buf) {
			c = m[foldKeyBuf(t, buf[:0])]
		} else {
			c = m[foldKey(t, nil)]
		}
		if c == nil {
			break
		}
		n, end = c, e2
	}
	return best, bestEnd, bestLoose
}

// wholeProbe is the word Whole takes w to follow ("x " + w).
const wholeProbe = "x"

// Whole returns the mention that Find("x "+w) reports for the whole of w
// (the word "x" and a space before it: mid-sentence), with its bounds in
// w, and whether there is one. It is the lookup of a word or a name alone,
// without building the probe text and scanning it (no allocation, unless
// a name starting with "x" goes on into w).
func (g *Gazetteer) Whole(w string) (Match, bool) {
	var buf [64]byte
	ts, te, ok, h, ascii := g.nextCandidate(w, 0)
	if ts != 0 || !ok {
		return Match{}, false
	}
	if g.maxToks > 1 {
		// a name "x …" that goes on into w would hide w's own: let Find
		// read the probe then
		pts, pte, pok, ph, pascii := g.nextCandidate(wholeProbe, 0)
		if pok {
			if pn := g.firstNode(wholeProbe[pts:pte], ph, pascii, buf[:0]); pn != nil && pn.sp != nil {
				if _, e1, _, _ := nextToken(w, 0); e1 > 0 && pn.sp[foldKey(w[:e1], nil)] != nil {
					return g.wholeByFind(w)
				}
			}
		}
	}
	n := g.firstNode(w[ts:te], h, ascii, buf[:0])
	if n == nil {
		return Match{}, false
	}
	if skip := excluded(w); len(skip) > 0 && skip[0][0] <= ts {
		return Match{}, false
	}
	best, end, loose := g.longest(n, w, ts, te, buf[:0], true)
	if best == nil || end != len(w) {
		return Match{}, false
	}
	return Match{Start: 0, End: end, Surface: w, Entry: best, Loose: loose}, true
}

// wholeByFind is Whole through Find over the probe text.
func (g *Gazetteer) wholeByFind(w string) (Match, bool) {
	off := len(wholeProbe) + 1
	for _, m := range g.Find(wholeProbe + " " + w) {
		if m.Start == off && m.End == off+len(w) {
			m.Start, m.End = 0, len(w)
			return m, true
		}
	}
	return Match{}, false
}

// foldKeyBuf is foldKey for tokens that fit buf; the map lookup with
// string(buf) does not allocate.
func foldKeyBuf(tok string, buf []byte) string {
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= utf8.RuneSelf {
			return vocab.Fold(tok)
		}
		if c >= 'A' && c <= 'Z' {
			return foldKey(tok, buf)
		}
	}
	return tok
}

// nextCandidate returns the next token at or after pos, and whether it may
// start a name (mayStart). It hashes ASCII tokens while scanning them and
// returns the hash h when ascii (the token is ASCII only).
func (g *Gazetteer) nextCandidate(text string, pos int) (ts, te int, ok bool, h uint32, ascii bool) {
	for pos < len(text) {
		c := text[pos]
		if asciiClass[c] == classSpace {
			pos++
			continue
		}
		if c >= utf8.RuneSelf {
			break
		}
		h := uint32(2166136261)
		if asciiClass[c] != classWord {
			h ^= uint32(c)
			h *= 16777619
			return pos, pos + 1, g.hasHash(h), h, true
		}
		j := pos
		for j < len(text) {
			v := wordLower[text[j]] // one table read a byte
			if v == 0 {
				break
			}
			h ^= uint32(v)
			h *= 16777619
			j++
		}
		if j < len(text) && text[j] >= utf8.RuneSelf {
			break // the token goes on with non-ASCII letters
		}
		return pos, j, g.hasHash(h), h, true
	}
	ts, te, _, _ = nextToken(text, pos)
	if ts < 0 {
		return -1, -1, false, 0, false
	}
	return ts, te, g.mayStart(text[ts:te]), 0, false
}

// asciiClass sorts bytes for nextCandidate: white space, ASCII word bytes
// (isASCIIWordByte), and the rest (punctuation, and every byte of a
// multi-byte rune); asciiLower lower-cases ASCII letters.
var asciiClass, asciiLower = func() (cl, lo [256]byte) {
	for c := 0; c < 256; c++ {
		lo[c] = byte(c)
		switch b := byte(c); {
		case b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == '\v':
			cl[c] = classSpace
		case isASCIIWordByte(b):
			cl[c] = classWord
			if b >= 'A' && b <= 'Z' {
				lo[c] = b + 'a' - 'A'
			}
		}
	}
	return cl, lo
}()

// wordLower is asciiLower of the ASCII word bytes (asciiClass classWord)
// and 0 for every other byte, none of which lower-cases to 0.
var wordLower = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		if asciiClass[c] == classWord {
			t[c] = asciiLower[c]
		}
	}
	return t
}()

const (
	classOther = iota
	classSpace
	classWord
)

func isASCIIWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// hasHash tells whether the filter holds hash h of a first token.
func (g *Gazetteer) hasHash(h uint32) bool {
	h %= filterBits
	return g.filter[h>>6]&(1<<(h&63)) != 0
}

// filterBits sizes the bit set of hashed first tokens that lets Find skip
// most words without a map lookup.
const filterBits = 1 << 17

// tokenHash is FNV-1a over the ASCII-lower-cased bytes of tok; ok is false
// for tokens with non-ASCII bytes (which always take the map path).
func tokenHash(tok string) (h uint32, ok bool) {
	h = 2166136261
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint32(c)
		h *= 16777619
	}
	return h, true
}

// mayStart reports whether tok might be the first token of a name.
func (g *Gazetteer) mayStart(tok string) bool {
	h, ok := tokenHash(tok)
	if !ok {
		return true
	}
	return g.hasHash(h)
}

func isWordToken(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return isWordRune(r)
}

// accept returns the entry of the first form at n that text[start:end]
// satisfies, or nil. mid: text[start:] follows a word and a space (Whole).
func (g *Gazetteer) accept(n *node, text string, start, end int, mid bool) (*Entry, bool) {
	if len(n.forms) == 0 {
		return nil, false
	}
	last, _ := utf8.DecodeLastRuneInString(text[start:end])
	if end < len(text) {
		r, w := utf8.DecodeRuneInString(text[end:])
		if !isWordRune(last) && isWordRune(r) {
			return nil, false // "C++x"
		}
		if r == '.' && end+w < len(text) {
			if r2, _ := utf8.DecodeRuneInString(text[end+w:]); isWordRune(r2) {
				return nil, false // "python.org", "node.exe"
			}
		}
	}
	if start > 0 {
		if r, _ := utf8.DecodeLastRuneInString(text[:start]); r == '.' || r == '@' || r == '/' || r == '\\' || r == ':' {
			if start >= 2 {
				if r2, _ := utf8.DecodeLastRuneInString(text[:start-1]); isWordRune(r2) {
					return nil, false // "foo.Go", "owner/Rust", "BBC:Micro"
				}
			}
		}
	}
	surface := text[start:end]
	var loose *Entry
	for i := range n.forms {
		f := &n.forms[i]
		if f.loose {
			if loose == nil {
				loose = f.entry
			}
			continue
		}
		if f.exact && normSpace(surface) != f.text {
			continue
		}
		if f.notInitial && !mid && sentenceInitial(text, start) && !versionFollows(text, end) {
			continue
		}
		return f.entry, false
	}
	return loose, loose != nil
}

func normSpace(s string) string {
	if !strings.ContainsAny(s, " \t\r\n\f\v") && utf8.ValidString(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// sentenceInitial reports whether position i starts a sentence, a heading
// or a list item: only openers, markup and space lie between it and the
// previous '.', '!', '?', ':' or the start of the text.
func sentenceInitial(text string, i int) bool {
	newlines := 0
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '\n':
			// a blank line ends a paragraph (and a list item or
			// heading before it): what follows starts a sentence
			if newlines++; newlines == 2 {
				return true
			}
			i -= w
		case isSpaceRune(r), strings.ContainsRune("#*->\"'([`_“‘«|", r):
			i -= w
		case r == '.' || r == '!' || r == '?' || r == ':':
			return true
		case r == ')':
			// a number in parentheses, "(5) Less drama", or an enumerator
			// at a line's start, "2) Less drama", ends an item and opens
			// the next as a sentence does
			j := i - w
			for j > 0 && text[j-1] >= '0' && text[j-1] <= '9' && i-w-j < 3 {
				j--
			}
			if j == i-w {
				return false // "(see Zorb) Just so": no number
			}
			if j > 0 && text[j-1] == '(' {
				return true
			}
			i = j
		default:
			return false
		}
	}
	return true
}

// versionFollows reports whether a version number follows ("Go 1.22").
func versionFollows(text string, end int) bool {
	for end < len(text) && (text[end] == ' ' || text[end] == '\t') {
		end++
	}
	return end < len(text) && text[end] >= '0' && text[end] <= '9'
}

// excluded returns the sorted spans of URLs and e-mail addresses in text.
func excluded(text string) [][2]int {
	var spans [][2]int
	for off := 0; ; {
		i := strings.Index(text[off:], "://")
		if i < 0 {
			break
		}
		i += off
		s := i
		for s > 0 && (isASCIIAlnum(text[s-1]) || text[s-1] == '+' || text[s-1] == '.' || text[s-1] == '-') {
			s--
		}
		e := urlEnd(text, i+3)
		if s < i {
			spans = append(spans, [2]int{s, e})
		}
		off = max(e, i+3)
	}
	for off := 0; ; {
		i := strings.Index(text[off:], "www.")
		if i < 0 {
			break
		}
		i += off
		e := urlEnd(text, i+4)
		if i == 0 || !isWordRune(rune(text[i-1])) && text[i-1] != '/' && text[i-1] != '.' {
			spans = append(spans, [2]int{i, e})
		}
		off = max(e, i+4)
	}
	for off := 0; ; {
		i := strings.IndexByte(text[off:], '@')
		if i < 0 {
			break
		}
		i += off
		s := i
		for s > 0 && (isASCIIAlnum(text[s-1]) || strings.IndexByte("._%+-", text[s-1]) >= 0) {
			s--
		}
		e, dot := i+1, false
		for e < len(text) && (isASCIIAlnum(text[e]) || text[e] == '.' || text[e] == '-') {
			dot = dot || text[e] == '.'
			e++
		}
		for e > i+1 && text[e-1] == '.' {
			e--
		}
		if s < i && e > i+1 && dot {
			spans = append(spans, [2]int{s, e})
		}
		off = i + 1
	}
	if len(spans) > 1 {
		sortSpans(spans)
	}
	return spans
}

func sortSpans(sp [][2]int) {
	slices.SortFunc(sp, func(a, b [2]int) int { return a[0] - b[0] })
}

func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// urlEnd finds where a URL starting before i ends: at white space or a
// quote or angle bracket, less trailing punctuation.
func urlEnd(text string, i int) int {
	e := i
	for e < len(text) {
		c := text[e]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '<' || c == '>' || c == '`' || c == '\'' {
			break
		}
		e++
	}
	for e > i && strings.IndexByte(".,;:!?)]", text[e-1]) >= 0 {
		e--
	}
	return e
}
