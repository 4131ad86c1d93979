package textbuild

import (
	"sort"
	"strings"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

// LinkBareURLs adds a Link for every bare URL in d.Text (http://, https://
// or www.) that no existing link covers, as GitHub's autolinking does:
// trailing punctuation and unbalanced closing parentheses are not part of
// the URL. Links stay in order of appearance. It replaces goldmark's linkify
// extension, which costs a third of the parse time.
func LinkBareURLs(d *doc.Document) {
	t := d.Text
	var found []doc.Link
	existing := make([]doc.Link, len(d.Links))
	copy(existing, d.Links)
	sort.SliceStable(existing, func(a, b int) bool { return existing[a].Start < existing[b].Start })
	p, maxEnd := 0, -1
	covered := func(s, e int) bool {
		for p < len(existing) && existing[p].Start < e {
			maxEnd = max(maxEnd, existing[p].End)
			p++
		}
		return maxEnd > s
	}
	sc := newURLScanner(t)
	for i := 0; i < len(t); {
		j := sc.next(i)
		if j < 0 {
			break
		}
		end := urlEnd(t, j)
		if end <= j || covered(j, end) {
			i = j + 1
			if end > i {
				i = end
			}
			continue
		}
		u := t[j:end]
		target := u
		if strings.HasPrefix(strings.ToLower(u), "www.") {
			target = "http://" + u
		}
		if !strings.Contains(u[4:], ".") && !strings.Contains(u, "://localhost") {
			i = end
			continue
		}
		found = append(found, doc.Link{Anchor: u, URL: target, Start: j, End: end})
		i = end
	}
	if len(found) == 0 {
		return
	}
	d.Links = append(d.Links, found...)
	sort.SliceStable(d.Links, func(a, b int) bool { return d.Links[a].Start < d.Links[b].Start })
}

// urlScanner finds "http://", "https://" and "www." at word starts,
// remembering the next occurrence of each prefix so the text is scanned
// once.
type urlScanner struct {
	t          string
	nextH      int // next "http" at or after the last position asked, -1 if none
	nextW      int
	posH, posW int // position the cached values were searched from
}

func newURLScanner(t string) *urlScanner {
	return &urlScanner{t: t, posH: -1, posW: -1}
}

func (s *urlScanner) find(pat string, from int, pos, next *int) int {
	if *pos >= 0 && *pos <= from && (*next < 0 || *next >= from) {
		return *next
	}
	*pos = from
	k := strings.Index(s.t[from:], pat)
	if k >= 0 {
		k += from
	}
	*next = k
	return k
}

// next returns the start of the next URL at or after i, or -1.
func (s *urlScanner) next(i int) int {
	t := s.t
	for i < len(t) {
		h := s.find("http", i, &s.posH, &s.nextH)
		w := s.find("www.", i, &s.posW, &s.nextW)
		k := h
		if k < 0 || (w >= 0 && w < k) {
			k = w
		}
		if k < 0 {
			return -1
		}
		rest := t[k:]
		if k == 0 || !IsWordByte(t[k-1]) {
			if strings.HasPrefix(rest, "https://") || strings.HasPrefix(rest, "http://") ||
				(strings.HasPrefix(rest, "www.") && len(rest) > 4 && IsWordByte(rest[4])) {
				return k
			}
		}
		i = k + 1
	}
	return -1
}

// urlEnd returns the end of the URL starting at j.
func urlEnd(t string, j int) int {
	e := j
	for e < len(t) {
		c := t[e]
		if c <= ' ' || c == '<' || c == '>' || c == '"' || c == '`' || c == 0x7f {
			break
		}
		if c >= 0x80 { // stop at non-ASCII spaces and quotes, keep letters
			if strings.HasPrefix(t[e:], "\u00a0") || strings.HasPrefix(t[e:], "“") || strings.HasPrefix(t[e:], "”") ||
				strings.HasPrefix(t[e:], "’") || strings.HasPrefix(t[e:], "…") || strings.HasPrefix(t[e:], "\u200b") {
				break
			}
		}
		e++
	}
	// trailing punctuation
	for e > j {
		c := t[e-1]
		if strings.IndexByte(".,:;!?*_'~", c) >= 0 {
			e--
			continue
		}
		if c == ')' && strings.Count(t[j:e], "(") < strings.Count(t[j:e], ")") {
			e--
			continue
		}
		if c == ']' && strings.Count(t[j:e], "[") < strings.Count(t[j:e], "]") {
			e--
			continue
		}
		break
	}
	return e
}

func IsWordByte(c byte) bool {
	return c == '_' || c == '/' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}
