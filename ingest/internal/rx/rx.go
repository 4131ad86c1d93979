package rx

import (
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Regexp is a *regexp.Regexp whose match methods skip input that lacks
// every literal its matches must contain.
//
// It is compiled in parts, each on first use, since an extraction runs
// only some of its rules past their filters (a one-post ingest compiles
// what that post needs, not the whole rule set): the filter when a match
// method is first called, the standard library's expression (and the
// literal-prefix run) when some input first passes the filter, and the
// reversed expression when a reversed run is first tried. MustCompile
// checks nothing at once; Check compiles every part (tests call it).
// What the parts compile to is shared by every Regexp of the same pattern
// in the process (see core).
type Regexp struct {
	c       *core
	reverse bool // an end-anchored pattern runs reversed (reverse.go)

	// the core's parts, copied once compiled (the match methods read
	// these, not the core)
	filterOnce sync.Once
	ok         bool     // the pattern parses
	end        bool     // the pattern is end-anchored
	need       []string // a match contains one of these; none: no filter
	fold       bool     // need is lower case, compared ASCII case-insensitively

	// preFilter: the prefix run searches the filter's literals and no
	// reversed run comes first, so the match methods that take it skip
	// MayMatch (which would search the same literals once more) and do
	// not compile re unless the prefix run cannot answer; set with need.
	// Until the prefix run is compiled (preDone), they ask MayMatch
	// first, so that text without the literals compiles nothing.
	preFilter bool
	preDone   atomic.Bool

	reOnce  sync.Once
	re      *regexp.Regexp
	preOnce sync.Once
	pre     *prefixRun // the literal-prefix run (prefix.go)

	revOnce sync.Once
	rev     *regexp.Regexp // the reversed pattern of an end-anchored one (reverse.go)
	tries   atomic.Int32   // forward runs made before compiling rev (reverseAfter)
}

// core is what a pattern compiles to: its filter, the standard library's
// expression with the literal-prefix run, and the reversed expression,
// each compiled once, on first use. One core serves every Regexp of its
// pattern in the process: an extractor's rules are made anew for each
// extractor, and compile once; genshapes lists the patterns made.
type core struct {
	expr string

	filterOnce sync.Once
	ok         bool // the pattern parses
	shape      shape

	treeOnce sync.Once
	tree     *syntax.Regexp // the parsed pattern, parsed when a part needs it

	reOnce  sync.Once
	re      *regexp.Regexp
	preOnce sync.Once
	pre     *prefixRun

	revOnce sync.Once
	rev     *regexp.Regexp
}

// shape is what the analysis of a pattern's syntax tree tells: the
// filter's literals, whether it is end-anchored, and the literals of its
// prefix run. go generate computes it for the extractor's rules
// (shapes_gen.go), which then compile without parsing their pattern more
// than the standard library does.
type shape struct {
	need []string // a match contains one of these; none: no filter
	fold bool     // need is lower case, compared ASCII case-insensitively
	end  bool     // every match ends at the end of the text (endAnchored)
	pre  *prefixShape
}

// shapeOf analyses the parsed pattern t.
func shapeOf(t *syntax.Regexp) shape {
	var sh shape
	in := analyse(t.Simplify())
	if in.need != nil && !(startAnchored(t) && !startsAnyChar(t)) {
		sh.need, sh.fold = minimise(in.need), in.fold
	}
	sh.end = endAnchored(t)
	sh.pre = prefixShapeOf(t)
	return sh
}

// cores holds the core of every pattern made in the process, in the
// order they were first made.
var cores struct {
	mu     sync.Mutex
	byExpr map[string]*core
	order  []*core
}

// coreOf returns expr's core, making it on the first call for expr.
func coreOf(expr string) *core {
	cores.mu.Lock()
	defer cores.mu.Unlock()
	if c, ok := cores.byExpr[expr]; ok {
		return c
	}
	if cores.byExpr == nil {
		cores.byExpr = map[string]*core{}
	}
	c := &core{expr: expr}
	cores.byExpr[expr] = c
	cores.order = append(cores.order, c)
	return c
}

// MustCompile is regexp.MustCompile with the prefilter computed. A
// pattern anchored at the start whose first character is not any
// character (`^[ \t]+from`, not `^(.{3,120}?)\s+by`) gets no filter: it
// fails at its first bytes on most text, which is cheaper than scanning
// the text for the literals. A pattern anchored at the end runs reversed
// (reverse.go). The pattern is compiled on first use, where an invalid
// one panics as regexp.MustCompile does.
func MustCompile(expr string) *Regexp {
	return &Regexp{c: coreOf(expr), reverse: true}
}

// MustCompileForward is MustCompile without the reversed run of an
// end-anchored pattern, for a pattern whose reversed form explores more of
// the text than its forward one (many ways to read the text's tail, a rare
// word at its start).
func MustCompileForward(expr string) *Regexp {
	return &Regexp{c: coreOf(expr)}
}

// Check compiles every part of r now, panicking as regexp.MustCompile
// does when the pattern is invalid; it returns r.
func (r *Regexp) Check() *Regexp {
	r.std()
	r.prefix()
	r.reversed()
	return r
}

// filter computes the shape of the pattern (once): from the shapes go
// generate computed, or by parsing it.
func (c *core) filter() {
	c.filterOnce.Do(func() {
		if sh, ok := shapes[c.expr]; ok {
			c.ok, c.shape = true, sh
			return
		}
		t := c.parsed()
		if t == nil {
			return // std panics with regexp's message
		}
		c.ok, c.shape = true, shapeOf(t)
	})
}

// parsed returns the parsed pattern (parsing it once), nil when it does
// not parse.
func (c *core) parsed() *syntax.Regexp {
	c.treeOnce.Do(func() {
		if t, err := syntax.Parse(c.expr, syntax.Perl); err == nil {
			c.tree = t
		}
	})
	return c.tree
}

// std compiles the standard library's expression (once); the first call
// panics as regexp.MustCompile does when the pattern is invalid.
func (c *core) std() {
	c.reOnce.Do(func() { c.re = regexp.MustCompile(c.expr) })
}

// prefix compiles the literal-prefix run (once), if the pattern has one.
func (c *core) prefix() {
	c.preOnce.Do(func() {
		if c.filter(); c.ok {
			c.pre = compilePrefix(c.expr, c.shape.pre)
		}
	})
}

// reversed compiles the reversed expression of an end-anchored pattern
// (once).
func (c *core) reversed() {
	c.revOnce.Do(func() {
		if c.filter(); c.ok && c.shape.end {
			c.rev = compileReverse(c.parsed())
		}
	})
}

// filter computes the literals of the filter (once).
func (r *Regexp) filter() {
	r.filterOnce.Do(func() {
		r.c.filter()
		r.ok, r.end, r.need, r.fold = r.c.ok, r.c.shape.end, r.c.shape.need, r.c.shape.fold
		if pre := r.c.shape.pre; r.ok && pre != nil {
			r.preFilter = sameLiterals(r.need, r.fold, pre) && (!r.reverse || !r.end)
		}
	})
}

// std returns the standard library's expression, compiling it on the
// first call.
func (r *Regexp) std() *regexp.Regexp {
	r.reOnce.Do(func() {
		r.c.std()
		r.re = r.c.re
	})
	if r.re == nil { // the first call panicked: so does every other
		_, err := regexp.Compile(r.c.expr)
		panic(`rx: Compile(` + strconv.Quote(r.c.expr) + `): ` + err.Error())
	}
	return r.re
}

// prefix returns the literal-prefix run (compiled on the first call), or
// nil.
func (r *Regexp) prefix() *prefixRun {
	r.preOnce.Do(func() {
		r.c.prefix()
		r.pre = r.c.pre
		r.preDone.Store(true)
	})
	return r.pre
}

// reversed returns the reversed expression of an end-anchored pattern
// (compiled on the first call), or nil.
func (r *Regexp) reversed() *regexp.Regexp {
	r.revOnce.Do(func() {
		if r.filter(); r.reverse && r.ok {
			r.c.reversed()
			r.rev = r.c.rev
		}
	})
	return r.rev
}

// String returns the source text of the pattern.
func (r *Regexp) String() string { return r.c.expr }

// Needs returns the literals of the filter (one of them is in every
// match) and whether they are compared ignoring ASCII case; nil when the
// pattern has no usable literal.
func (r *Regexp) Needs() ([]string, bool) {
	r.filter()
	return r.need, r.fold
}

// MayMatch reports whether s holds one of the literals every match
// contains; false means no match is possible.
func (r *Regexp) MayMatch(s string) bool {
	if r.filter(); r.need == nil {
		return true
	}
	if !r.fold {
		for _, n := range r.need {
			if strings.Contains(s, n) {
				return true
			}
		}
		return false
	}
	// (?i)k and (?i)s also match the Kelvin sign and the long s
	if strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f") {
		return true
	}
	for _, n := range r.need {
		if indexFold(s, n) >= 0 {
			return true
		}
	}
	return false
}

func (r *Regexp) MatchString(s string) bool {
	if r.filter(); r.preFilter {
		if !r.preDone.Load() && !r.MayMatch(s) {
			return false
		}
		if pre := r.prefix(); pre != nil {
			if ms, ok := pre.find(s, 1, false); ok {
				return len(ms) > 0
			}
		}
		return r.std().MatchString(s)
	}
	if !r.MayMatch(s) {
		return false
	}
	if m, ok := r.matchReverse(s); ok {
		return m
	}
	if pre := r.prefix(); pre != nil {
		if ms, ok := pre.find(s, 1, false); ok {
			return len(ms) > 0
		}
	}
	return r.std().MatchString(s)
}

func (r *Regexp) FindString(s string) string {
	if !r.MayMatch(s) {
		return ""
	}
	return r.std().FindString(s)
}

func (r *Regexp) FindStringIndex(s string) []int {
	if !r.MayMatch(s) {
		return nil
	}
	if m, ok := r.indexReverse(s); ok {
		return m
	}
	return r.std().FindStringIndex(s)
}

func (r *Regexp) FindStringSubmatch(s string) []string {
	if !r.MayMatch(s) {
		return nil
	}
	return r.std().FindStringSubmatch(s)
}

func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	if !r.MayMatch(s) {
		return nil
	}
	return r.std().FindStringSubmatchIndex(s)
}

func (r *Regexp) FindAllString(s string, n int) []string {
	if !r.MayMatch(s) {
		return nil
	}
	return r.std().FindAllString(s, n)
}

func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.findAll(s, n, false)
}

func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !r.MayMatch(s) {
		return nil
	}
	return r.std().FindAllStringSubmatch(s, n)
}

func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.findAll(s, n, true)
}

// findAll is FindAllStringIndex (sub false) or FindAllStringSubmatchIndex
// (sub true): the prefilter first, then the prefix run where it can
// answer, then the standard library.
func (r *Regexp) findAll(s string, n int, sub bool) [][]int {
	std := func() [][]int {
		if sub {
			return r.std().FindAllStringSubmatchIndex(s, n)
		}
		return r.std().FindAllStringIndex(s, n)
	}
	if r.filter(); n != 0 && r.preFilter {
		if !r.preDone.Load() && !r.MayMatch(s) {
			return nil
		}
		if pre := r.prefix(); pre != nil {
			if ms, ok := pre.find(s, n, sub); ok {
				return ms
			}
		}
		return std()
	}
	if !r.MayMatch(s) {
		return nil
	}
	if pre := r.prefix(); pre != nil && n != 0 {
		if ms, ok := pre.find(s, n, sub); ok {
			return ms
		}
	}
	return std()
}

// ReplaceAllString is regexp's, unfiltered.
func (r *Regexp) ReplaceAllString(src, repl string) string {
	return r.std().ReplaceAllString(src, repl)
}

// sameLiterals tells whether the filter's literals need (compared
// ignoring ASCII case when fold) are the literals of the prefix run p.
func sameLiterals(need []string, fold bool, p *prefixShape) bool {
	if len(need) == 0 || fold != p.fold || len(need) != len(p.lits) {
		return false
	}
	for _, n := range need {
		found := false
		for _, l := range p.lits {
			if l == n {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// indexFold is strings.Index with ASCII letters compared ignoring case;
// n is lower case.
func indexFold(s, n string) int {
	if len(n) == 0 {
		return 0
	}
	c0 := n[0]
	u0 := c0
	if c0 >= 'a' && c0 <= 'z' {
		u0 = c0 - ('a' - 'A')
	}
	for i := 0; i+len(n) <= len(s); {
		// jump to the next byte equal to c0 or u0
		j := strings.IndexByte(s[i:len(s)-len(n)+1], c0)
		if u0 != c0 {
			if k := strings.IndexByte(s[i:len(s)-len(n)+1], u0); k >= 0 && (j < 0 || k < j) {
				j = k
			}
		}
		if j < 0 {
			return -1
		}
		i += j
		if equalFoldASCII(s[i+1:i+len(n)], n[1:]) {
			return i
		}
		i++
	}
	return -1
}

// equalFoldASCII compares a with lower-case b, ASCII letters ignoring case.
func equalFoldASCII(a, b string) bool {
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

// Limits of the analysis: sets of exact strings are kept up to maxExact
// strings, a filter holds at most maxNeed literals.
const (
	maxExact = 32
	maxNeed  = 24
)

// info is what analyse knows of a subexpression: exact, when not nil, is
// every string it can match; need, when not nil, holds strings one of
// which every match contains. fold: the strings are lower case and stand
// for their ASCII case variants.
type info struct {
	exact []string
	need  []string
	fold  bool
}

var emptyOnly = info{exact: []string{""}}

func analyse(re *syntax.Regexp) info {
	switch re.Op {
	case syntax.OpLiteral:
		s := string(re.Rune)
		if re.Flags&syntax.FoldCase == 0 {
			return exactInfo([]string{s}, false)
		}
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
				return info{} // a non-ASCII letter folds beyond ASCII
			}
		}
		return exactInfo([]string{lowerASCII(s)}, true)
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			n += int(re.Rune[i+1]-re.Rune[i]) + 1
			if n > 4 {
				return info{}
			}
		}
		var ss []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				ss = append(ss, string(r))
			}
		}
		if len(ss) == 0 {
			return info{}
		}
		return exactInfo(ss, false)
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return emptyOnly
	case syntax.OpCapture:
		return analyse(re.Sub[0])
	case syntax.OpQuest:
		in := analyse(re.Sub[0])
		if in.exact != nil && len(in.exact) < maxExact {
			return info{exact: union(in.exact, []string{""}), fold: in.fold}
		}
		return info{}
	case syntax.OpPlus:
		in := analyse(re.Sub[0])
		return info{need: in.need, fold: in.fold}
	case syntax.OpRepeat:
		if re.Min < 1 {
			return info{}
		}
		in := analyse(re.Sub[0])
		if re.Min == 1 && re.Max == 1 {
			return in
		}
		return info{need: in.need, fold: in.fold}
	case syntax.OpConcat:
		return concat(re.Sub)
	case syntax.OpAlternate:
		var exact, need []string
		exactOK, needOK, fold := true, true, false
		for _, sub := range re.Sub {
			in := analyse(sub)
			fold = fold || in.fold
			if exactOK && in.exact != nil {
				exact = append(exact, in.exact...)
			} else {
				exactOK = false
			}
			if needOK && in.need != nil {
				need = append(need, in.need...)
			} else {
				needOK = false
			}
		}
		if exactOK && len(exact) <= maxExact {
			return exactInfo(foldAll(exact, fold), fold)
		}
		if needOK && len(need) <= maxNeed {
			return info{need: dedupe(foldAll(need, fold)), fold: fold}
		}
		return info{}
	}
	return info{}
}

// concat analyses a sequence: runs of exact parts multiply out into exact
// strings; the best literal set of the parts and runs is the filter.
func concat(subs []*syntax.Regexp) info {
	cur, curFold := []string{""}, false
	allExact := true
	var best info
	consider := func(ss []string, fold bool) {
		if ss == nil || len(ss) > maxNeed {
			return
		}
		for _, s := range ss {
			if s == "" {
				return
			}
		}
		if best.need == nil || better(ss, best.need) {
			best = info{need: ss, fold: fold}
		}
	}
	for _, sub := range subs {
		in := analyse(sub)
		if in.exact != nil && len(cur)*len(in.exact) <= maxExact {
			cur, curFold = cross(cur, in.exact, curFold || in.fold), curFold || in.fold
			continue
		}
		allExact = false
		consider(dedupe(cur), curFold)
		consider(in.need, in.fold)
		if in.exact != nil {
			cur, curFold = in.exact, in.fold
		} else {
			cur, curFold = []string{""}, false
		}
	}
	if allExact {
		return exactInfo(dedupe(cur), curFold)
	}
	consider(dedupe(cur), curFold)
	return best
}

// better tells whether filter a is likely cheaper and more selective than
// b. A literal's weight is its length, plus 2 when it holds a byte other
// than a letter or a space (punctuation is rare in prose: "(" filters
// better than "the"); weights from 4 up count alike, and each literal
// costs one scan of the text.
func better(a, b []string) bool {
	qa, qb := quality(a), quality(b)
	if qa != qb {
		return qa > qb
	}
	return minLen(a) > minLen(b)
}

func quality(ss []string) int {
	w := -1
	for _, s := range ss {
		n := len(s)
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < 0x80 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '\t') {
				n += 2
				break
			}
		}
		if w < 0 || n < w {
			w = n
		}
	}
	return min(w, 4)*8 - len(ss)
}

func minLen(ss []string) int {
	m := -1
	for _, s := range ss {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}

// exactInfo is the info of a set of exact strings, which is also its
// filter when no string is empty.
func exactInfo(ss []string, fold bool) info {
	in := info{exact: ss, fold: fold}
	if len(ss) <= maxNeed {
		in.need = ss
		for _, s := range ss {
			if s == "" {
				in.need = nil
				break
			}
		}
	}
	return in
}

func cross(a, b []string, fold bool) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return foldAll(out, fold)
}

func union(a, b []string) []string {
	return dedupe(append(append([]string(nil), a...), b...))
}

func foldAll(ss []string, fold bool) []string {
	if !fold {
		return ss
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = lowerASCII(s)
	}
	return out
}

func dedupe(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + ('a' - 'A')
		}
	}
	return string(b)
}

// minimise drops the literals of a filter that contain another of its
// literals ("talks" beside "talk"): text that holds the longer one holds
// the shorter one too, so the filter says the same with fewer scans.
func minimise(ss []string) []string {
	var out []string
	for i, s := range ss {
		redundant := false
		for j, t := range ss {
			if i != j && strings.Contains(s, t) && (len(t) < len(s) || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, s)
		}
	}
	return out
}
