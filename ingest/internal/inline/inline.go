package inline

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/ingest/textbuild"
)

// Piece is what one inline construct writes: plain text, a link anchored on
// Text, or an image whose alt text is Text.
type Piece struct {
	Text  string // text to write; for a link its anchor ("" writes the URL)
	URL   string // link or image target; "" for plain text
	Image bool   // an image: Text is its alt text, written on a line of its own
	Raw   bool   // Text is written as is, without emphasis removal
}

// Rule is one inline construct: where it matches and what it writes.
type Rule struct {
	RE    *regexp.Regexp
	Piece func(m []string) Piece
}

// Writer writes inline markup with a fixed set of rules; make one per format
// (it is immutable and safe for concurrent use).
type Writer struct {
	rules  []Rule
	delims []string // emphasis delimiters, longest first
}

// New makes a Writer for rules and the emphasis delimiters of the format
// ("**", "*", "_", "`" …); delimiters are tried in the order given.
func New(rules []Rule, delims ...string) *Writer {
	return &Writer{rules: rules, delims: delims}
}

// Write writes s into b: every rule's matches become their pieces, the text
// between has emphasis removed and is cleaned (mojibake, entities).
func (w *Writer) Write(b *textbuild.Builder, s string) {
	type next struct{ loc []int }
	cache := make([]next, len(w.rules))
	searched := make([]int, len(w.rules))
	for i := range searched {
		searched[i] = -1
	}
	pos := 0
	for pos < len(s) {
		best, bestStart := -1, len(s)
		for i, r := range w.rules {
			if searched[i] < 0 || (cache[i].loc != nil && cache[i].loc[0] < pos) {
				loc := r.RE.FindStringSubmatchIndex(s[pos:])
				if loc != nil {
					for k := range loc {
						if loc[k] >= 0 {
							loc[k] += pos
						}
					}
				}
				cache[i].loc = loc
				searched[i] = pos
			}
			if l := cache[i].loc; l != nil && l[0] < bestStart {
				best, bestStart = i, l[0]
			}
		}
		if best < 0 {
			w.plain(b, s[pos:])
			return
		}
		loc := cache[best].loc
		if loc[1] == loc[0] { // an empty match: never loop on it
			cache[best].loc = nil
			searched[best] = len(s)
			continue
		}
		w.plain(b, s[pos:loc[0]])
		m := make([]string, len(loc)/2)
		for k := range m {
			if loc[2*k] >= 0 {
				m[k] = s[loc[2*k]:loc[2*k+1]]
			}
		}
		w.piece(b, w.rules[best].Piece(m))
		pos = loc[1]
	}
}

// piece writes one matched construct.
func (w *Writer) piece(b *textbuild.Builder, p Piece) {
	text := textbuild.CollapseSpace(p.Text)
	if !p.Raw {
		text = w.Unwrap(text)
	}
	text = b.Clean(text)
	switch {
	case p.Image:
		b.Image(text, strings.TrimSpace(p.URL))
	case p.URL != "":
		if strings.TrimSpace(text) == "" {
			text = p.URL
		}
		// keep a space before the anchor if the text had one
		sp := b.Open()
		b.Write(text)
		b.Link(sp, strings.TrimSpace(p.URL), false)
	default:
		b.Write(text)
	}
}

// plain writes text between constructs, keeping the spaces at its ends as
// separators.
func (w *Writer) plain(b *textbuild.Builder, s string) {
	if s == "" {
		return
	}
	b.Write(b.Clean(w.Unwrap(s)))
}

// Unwrap removes emphasis delimiters that enclose a phrase: "*bold*" ->
// "bold", "`code`" -> "code". A delimiter counts only at a word boundary on
// the outside and next to a non-space on the inside, as in every
// lightweight markup language.
func (w *Writer) Unwrap(s string) string {
	for _, d := range w.delims {
		if strings.Contains(s, d) {
			s = unwrap(s, d)
		}
	}
	return s
}

func unwrap(s, d string) string {
	var out strings.Builder
	i := 0
	for i < len(s) {
		j := strings.Index(s[i:], d)
		if j < 0 {
			break
		}
		j += i
		if !openAt(s, j, d) {
			out.WriteString(s[i : j+len(d)])
			i = j + len(d)
			continue
		}
		k := closeAfter(s, j+len(d), d)
		if k < 0 {
			out.WriteString(s[i : j+len(d)])
			i = j + len(d)
			continue
		}
		out.WriteString(s[i:j])
		out.WriteString(s[j+len(d) : k])
		i = k + len(d)
	}
	out.WriteString(s[i:])
	return out.String()
}

// openAt reports whether d at j can open a phrase.
func openAt(s string, j int, d string) bool {
	if j > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:j])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(d, r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s[j+len(d):])
	return j+len(d) < len(s) && !unicode.IsSpace(r) && !strings.ContainsRune(d, r)
}

// maxPhrase bounds how far a closing delimiter is looked for, so that
// unbalanced markers cost linear time.
const maxPhrase = 500

// closeAfter finds the closing d after from, or -1.
func closeAfter(s string, from int, d string) int {
	limit := min(len(s), from+maxPhrase)
	for k := from; k < limit; {
		n := strings.Index(s[k:limit], d)
		if n < 0 {
			return -1
		}
		n += k
		if n > from {
			before, _ := utf8.DecodeLastRuneInString(s[:n])
			after, _ := utf8.DecodeRuneInString(s[n+len(d):])
			end := n+len(d) >= len(s)
			if !unicode.IsSpace(before) && !strings.ContainsRune(d, before) &&
				(end || !(unicode.IsLetter(after) || unicode.IsDigit(after) || strings.ContainsRune(d, after))) {
				return n
			}
		}
		k = n + len(d)
	}
	return -1
}
