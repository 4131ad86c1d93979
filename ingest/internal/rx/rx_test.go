package rx

import (
	"math/rand"
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

var testPatterns = []string{
	`\b(?:talks?|sessions?|keynotes?|presentations?|devrooms?|tracks?|speakers?|lightning)\b`,
	`(?i)\b(?:talks?|keynotes?|presentations?)[ \t]+(?:about|on)[ \t]+`,
	`^(.{3,120}?)\s+by\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*(?:$|[:–—,;.(]|\s-\s)`,
	`^(.{3,120}?)\s+[—–-]\s+(\p{Lu}\p{L}+)\s*$`,
	`(?i)\bsponsored[ \t]+by[ \t]+(?:the[ \t]+)?(\p{Lu}\p{L}*)`,
	`(?i)^(?:(?:pre-)?rfcs?|prs?|issues?)\b|^#?\d|\.(?:json|toml|ya?ml)$|::|/|\(\)$`,
	`(?i)organi[sz]ed|sk`,
	`[Dd]ev[ -]?[Rr]ooms?`,
	`(?i)é(?:cole)?`,
	`café`,
	`a*b?`,
	`(?i)\bnext\b`,
	`x{2,3}yz`,
	`(?:ab|cd)(?:ef|gh)(?:ij|kl)`,
	// end-anchored: run reversed (reverse.go)
	`(?i)\bby[ \t]+(?:the[ \t]+[\p{Ll}-]+[ \t]+)?$`,
	`(?i)\b(?:given|presented|talks?)[ \t]+(?:[\p{L}]+[ \t]+)?by[ \t]+$`,
	`(?:^|\s)(?:ab|é)\s*$`,
	`(?m)^x|y$`,
	`(?m)\bsk\B.?$`,
	`(a+?)(b*)c?\z`,
	`[^x]{2,4}é$`,
	// literal prefixes: run anchored at each occurrence (prefix.go)
	`(?i)\bthe[ \t]+talk[ \t]+(\w+)`,
	`[“"]([^”"\n]{3,20})[”"]`,
	`\b(?:“|ab)c?`,
	`(?i)\b(?:sk|x)y*`,
	`(?:ab|b)+c`,
	`(?i)\b(?:talks?|lightning talks?)\b`,
}

var testInputs = []string{
	"", "a talk by Jane Doe", "Talks about Go", "the KEYNOTE on Rust", "the Keynote on Rust",
	"sponsored by the Foo", "SPONSORED BY Bar", "spon\u017fored by Baz", "ta\u212aks about x",
	"PR", "pr 12", "issues", "#1 thing", "a.json", "x::y", "a/b", "f()", "organised", "ORGANIZED",
	"devroom", "Dev Rooms", "dev-room", "École", "école", "ÉCOLE", "café", "CAFÉ",
	"Intro — Jane Doe", "Intro - Jane Doe", "Intro (Jane Doe)", "NEXT time", "nextcloud",
	"xxyz", "xxxyz", "xyz", "acej acfk abgh abfk cdgl", "adfl", "cdehil", "cdghkl",
	"tracks speakers lightning", "lightning-fast", "sk", "SK", "\u017fk",
	"a talk by ", "given by the old ", "Presented BY\t", "talks Jane by ", "ab ", "é", " é  ", "x\ny", "y\nx",
	"skip", "sk\u017f", "aab", "abbc", "ééé", "xyzé", "b\xffé", "\xa9\xc3", "by \xc3", "\xff by ",
	"the talk Foo", "xthe talk Foo", "THE\ttalk bar baz", "the talk", "a“quoted”b", "\"x\"", "\"quoted text\"",
	"x“c", "abc", "xab", "é“c", "skyy", "xsky", "Xy", "ababc", "bbc", "\u212ay", "a_the talk x", "the talk the talk x", "our Lightning Talks track", "lightning-talk",
}

func TestSameAsRegexp(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	inputs := append([]string(nil), testInputs...)
	// random concatenations, so that literals appear at every position
	for i := 0; i < 400; i++ {
		a, b := testInputs[rng.Intn(len(testInputs))], testInputs[rng.Intn(len(testInputs))]
		inputs = append(inputs, a+" "+b, strings.ToUpper(a)+b)
	}
	for _, p := range testPatterns {
		r, std := MustCompile(p), regexp.MustCompile(p)
		r.tries.Store(reverseAfter) // the reversed expression from the first input on
		for _, s := range inputs {
			if got, want := r.MatchString(s), std.MatchString(s); got != want {
				t.Errorf("%q MatchString(%q) = %v, want %v (needs %q)", p, s, got, want, r.need)
			}
			if got, want := r.FindAllStringSubmatchIndex(s, -1), std.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q FindAllStringSubmatchIndex(%q) = %v, want %v", p, s, got, want)
			}
			if got, want := r.FindAllStringIndex(s, -1), std.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q FindAllStringIndex(%q) = %v, want %v", p, s, got, want)
			}
			if got, want := r.FindAllStringSubmatchIndex(s, 1), std.FindAllStringSubmatchIndex(s, 1); !reflect.DeepEqual(got, want) {
				t.Errorf("%q FindAllStringSubmatchIndex(%q, 1) = %v, want %v", p, s, got, want)
			}
			if got, want := r.FindStringIndex(s), std.FindStringIndex(s); !reflect.DeepEqual(got, want) {
				t.Errorf("%q FindStringIndex(%q) = %v, want %v", p, s, got, want)
			}
			if got, want := r.FindStringSubmatch(s), std.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
				t.Errorf("%q FindStringSubmatch(%q) = %v, want %v", p, s, got, want)
			}
		}
	}
}

func TestNeeds(t *testing.T) {
	tests := []struct {
		pattern string
		need    []string
		fold    bool
	}{
		{`\s+by\s+`, []string{"by"}, false},
		{`(?i)\bnext\b`, []string{"next"}, true},
		{`\b(?:talks?|keynotes?)\b`, []string{"keynote", "talk"}, false},
		{`x{2,3}yz`, []string{"xxyz"}, false}, // "xxxyz" holds "xxyz"
		{`(?:ab|cd)(?:ef|gh)`, []string{"abef", "abgh", "cdef", "cdgh"}, false},
		{`a*b?`, nil, false},
		{`(?i)é(?:cole)?`, nil, false}, // non-ASCII folding: no filter
		{`café`, []string{"café"}, false},
		{`[Dd]ev`, []string{"dev"}, true}, // the parser makes [Dd] a case-folded d
		{`[—–]x`, []string{"–x", "—x"}, false},
		{`^[ \t]+(?:from|at)[ \t]+`, nil, false}, // fails at its first byte on most text: no filter
		{`^(.{3,120}?)\s+by\s+`, []string{"by"}, false},
		{`(?i)^(.+?)['’]s[ \t]+talk$`, []string{"talk"}, true},
	}
	for _, tt := range tests {
		need, fold := MustCompile(tt.pattern).Needs()
		slices.Sort(need)
		if !reflect.DeepEqual(need, tt.need) || fold != tt.fold {
			t.Errorf("%q: needs %q fold %v, want %q %v", tt.pattern, need, fold, tt.need, tt.fold)
		}
	}
}

func TestIndexFold(t *testing.T) {
	tests := []struct {
		s, n string
		want int
	}{
		{"Hello World", "world", 6}, {"abc", "abcd", -1}, {"xBYx", "by", 1}, {"", "a", -1}, {"a", "", 0},
		{"ZzZ", "zz", 0}, {"1.2", ".2", 1},
	}
	for _, tt := range tests {
		if got := indexFold(tt.s, tt.n); got != tt.want {
			t.Errorf("indexFold(%q, %q) = %d, want %d", tt.s, tt.n, got, tt.want)
		}
	}
}

func BenchmarkMatchString(b *testing.B) {
	prose := strings.Repeat("the people of the city were very happy with all of the work that they had done. ", 12)
	for _, p := range testPatterns[:3] {
		r, std := MustCompile(p), regexp.MustCompile(p)
		b.Run("rx/"+p[:12], func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				r.MatchString(prose)
			}
		})
		b.Run("regexp/"+p[:12], func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				std.MatchString(prose)
			}
		})
	}
}

func TestReversed(t *testing.T) {
	tests := []struct {
		pattern string
		rev     bool
	}{
		{`(?i)\bby[ \t]+$`, true},
		{`(a|b)c\z`, true},
		{`^by$`, false},        // anchored at the start already
		{`(?m)by$`, false},     // a line end: not the text's end
		{`by$|x`, false},       // one branch only
		{`\bby\b`, false},      // no anchor
		{`((?:x|y)+z$)`, true}, // in a capture
	}
	for _, tt := range tests {
		if got := MustCompile(tt.pattern).reversed() != nil; got != tt.rev {
			t.Errorf("%q reversed %v, want %v", tt.pattern, got, tt.rev)
		}
	}
	if MustCompileForward(`\bby[ \t]+$`).reversed() != nil {
		t.Errorf("MustCompileForward reversed")
	}
	if got := string(reverseRunes("aé€b")); got != "b€éa" {
		t.Errorf("reverseRunes = %q", got)
	}
}

func TestPrefixed(t *testing.T) {
	tests := []struct {
		pattern string
		prefix  bool
	}{
		{`(?i)\bthe[ \t]+talk`, true},
		{`\b(?:talks?|keynotes?)\b`, true},
		{`[“"]([^”"]+)[”"]`, true},
		{`(?:^|\s)talk`, false}, // a ^ would match at the cut
		{`\p{Lu}\w+ devroom`, false},
		{`a*b`, false}, // "" starts a match of a*
	}
	for _, tt := range tests {
		if got := MustCompile(tt.pattern).prefix() != nil; got != tt.prefix {
			t.Errorf("%q prefix run %v, want %v", tt.pattern, got, tt.prefix)
		}
	}
}

func TestPreFilter(t *testing.T) {
	tests := []struct {
		pattern string
		skip    bool // the prefix run stands for the filter
	}{
		{`\b(?:talks?|keynotes?)\b`, true},
		{`(?i)\bthe[ \t]+talk[ \t]+(\w+)`, false}, // the filter is "talk", the prefix "the"
		{`(?i)\bsk\w*`, true},
		{`(?i)\bby[ \t]+talks?$`, false}, // end-anchored: the reversed run comes first
		{`\p{Lu}\w+ devroom`, false},     // no prefix run
	}
	for _, tt := range tests {
		r := MustCompile(tt.pattern)
		r.MatchString("by the talk sky keynote") // compiles the parts
		if got := r.preFilter; got != tt.skip {
			t.Errorf("%q preFilter %v, want %v (needs %q)", tt.pattern, got, tt.skip, r.need)
		}
	}
}

func TestLazyCompile(t *testing.T) {
	// an invalid pattern is not compiled until it is used
	bad := MustCompile(`(?i)\bby[ \t]+(`)
	for _, use := range []struct {
		name string
		f    func()
	}{
		{"MatchString", func() { bad.MatchString("by ") }},
		{"Check", func() { bad.Check() }},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s of an invalid pattern did not panic", use.name)
				}
			}()
			use.f()
		}()
	}
	// input without the filter's literals compiles no expression
	r := MustCompile(`(?i)\bby[ \t]+$`)
	if r.MatchString("no cue here") {
		t.Fatal("matched without the literal")
	}
	if r.re != nil || r.rev != nil {
		t.Errorf("filtered input compiled the expression (re %v, rev %v)", r.re != nil, r.rev != nil)
	}
	// the first reverseAfter runs past the filter go forward
	for i := 0; i < reverseAfter; i++ {
		if !r.MatchString("a talk by ") {
			t.Fatal("end-anchored match: want true")
		}
	}
	if r.rev != nil {
		t.Errorf("reversed expression compiled within the first %d runs", reverseAfter)
	}
	if !r.MatchString("a talk by ") || r.rev == nil {
		t.Errorf("end-anchored match: want true through the reversed expression")
	}
	if got := r.Check().String(); got != `(?i)\bby[ \t]+$` {
		t.Errorf("String() = %q", got)
	}
}

// TestSharedCore: two Regexps of one pattern share its compiled parts,
// each with its own reversed-run setting.
func TestSharedCore(t *testing.T) {
	expr := `(?i)\bzshared[ \t]+(\p{L}+)$`
	a, b := MustCompile(expr), MustCompileForward(expr)
	if a.c != b.c {
		t.Fatal("two Regexps of one pattern do not share its core")
	}
	std := regexp.MustCompile(expr)
	for _, in := range []string{"a ZSHARED École", "zshared x y", "none"} {
		for _, r := range []*Regexp{a, b} {
			if got, want := r.FindStringSubmatchIndex(in), std.FindStringSubmatchIndex(in); !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q: %v, want %v", expr, in, got, want)
			}
		}
	}
	if a.c.re == nil {
		t.Error("the core's expression was not compiled")
	}
	if !a.reverse || b.reverse {
		t.Error("the reversed-run setting is not the Regexp's own")
	}
}

// TestShapes: every shape go generate wrote is the one the analysis of its
// pattern gives now (else run go generate ./ingest/internal/rx), and a
// pattern compiled from its shape behaves as one that is parsed.
func TestShapes(t *testing.T) {
	if len(shapes) < 50 {
		t.Fatalf("%d shapes generated, want the extractor's rules (more than 50)", len(shapes))
	}
	for expr, sh := range shapes {
		tr, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Errorf("%s: %v", expr, err)
			continue
		}
		if got := shapeOf(tr); !reflect.DeepEqual(got, sh) {
			t.Errorf("%s: generated shape %s, analysis gives %s (run go generate ./ingest/internal/rx)", expr, sh.goString(), got.goString())
		}
	}
	// one pattern through the table and the same through the analysis
	for expr, sh := range shapes {
		if sh.pre == nil || sh.need == nil {
			continue
		}
		viaTable := &Regexp{c: &core{expr: expr}, reverse: true}
		parsed := &Regexp{c: &core{expr: expr}, reverse: true}
		parsed.c.filterOnce.Do(func() { parsed.c.ok, parsed.c.shape = true, shapeOf(parsed.c.parsed()) })
		viaTable.std()
		parsed.std()
		viaTable.filter()
		parsed.filter()
		if viaTable.preFilter != parsed.preFilter {
			t.Errorf("%s: preFilter %v from the table, %v parsed", expr, viaTable.preFilter, parsed.preFilter)
		}
		if viaTable.c.tree != nil {
			t.Errorf("%s: parsed although its shape is generated", expr)
		}
		break
	}
}

// TestPrefixRunAlone: a pattern whose prefix run stands for its filter
// compiles nothing on text without its literals, and only the prefix run
// (not the whole expression) where the run answers; results stay the
// standard library's.
func TestPrefixRunAlone(t *testing.T) {
	expr := `\b(?:zquux|zfoo)[ \t]+(\w+)`
	r := MustCompile(expr)
	std := regexp.MustCompile(expr)
	if r.MatchString("nothing here") {
		t.Fatal("matched text without the literals")
	}
	if r.c.re != nil || r.c.pre != nil {
		t.Fatalf("compiled on text without the literals (re %v, prefix run %v)", r.c.re != nil, r.c.pre != nil)
	}
	in := "a zfoo bar and zquux baz"
	if got, want := r.MatchString(in), std.MatchString(in); got != want {
		t.Errorf("MatchString %v, want %v", got, want)
	}
	if got, want := r.FindAllStringSubmatchIndex(in, -1), std.FindAllStringSubmatchIndex(in, -1); !reflect.DeepEqual(got, want) {
		t.Errorf("FindAllStringSubmatchIndex %v, want %v", got, want)
	}
	if r.c.pre == nil || r.c.re != nil {
		t.Errorf("prefix run compiled %v, whole expression compiled %v; want the prefix run alone", r.c.pre != nil, r.c.re != nil)
	}
	// where the run cannot answer (a Kelvin sign under (?i)), the whole
	// expression runs
	fold := MustCompile(`(?i)\bzk[ \t]+(\w+)`)
	kin := "the \u212a zk x"
	if got, want := fold.MatchString(kin), regexp.MustCompile(`(?i)\bzk[ \t]+(\w+)`).MatchString(kin); got != want {
		t.Errorf("fold MatchString %v, want %v", got, want)
	}
}
