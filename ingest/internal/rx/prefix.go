package rx

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// A pattern whose every match starts with one of a few literals, after an
// optional \b, such as `(?i)\bthe[ \t]+talk[ \t]+…` or
// `\b(?:talks?|keynotes?)\b`, is run by the standard library from every
// position of the text, since \b and (?i) hide the literal prefix from it.
// prefixRun finds the literals instead (strings.Index, or an ASCII
// case-insensitive search) and runs the pattern anchored at each
// occurrence only: leftmost-first, the first match is the one at the first
// occurrence where the anchored pattern matches, and the next search
// starts where that match ends, as the standard library's.
//
// Cutting the text at an occurrence i keeps every result when the pattern
// has no ^ (which would match at the cut) and the \b at i reads the same:
// it does when the byte before i is not an ASCII word byte (the cut text
// starts after a non-word position too); when it is one and the literal
// starts with a word byte, \b fails at i in the whole text, so no match
// starts there; otherwise the whole pattern runs as written.

// prefixRun holds the anchored pattern and its literals.
type prefixRun struct {
	lits     []string // every match starts with one of these
	fold     bool     // lits are lower case, compared ignoring ASCII case
	boundary bool     // the pattern starts with \b
	anchored *regexp.Regexp
}

// prefixShape is what a prefix run is made of, besides the anchored
// pattern.
type prefixShape struct {
	lits     []string
	fold     bool
	boundary bool
}

// prefixShapeOf returns the prefix run's literals of t, or nil when t is
// not of that shape.
func prefixShapeOf(t *syntax.Regexp) *prefixShape {
	for t.Op == syntax.OpCapture {
		t = t.Sub[0]
	}
	if t.Op != syntax.OpConcat || hasBegin(t) {
		return nil
	}
	subs, boundary := t.Sub, false
	if subs[0].Op == syntax.OpWordBoundary {
		subs, boundary = subs[1:], true
	}
	if len(subs) == 0 {
		return nil
	}
	in := analyse(subs[0])
	if in.exact == nil || len(in.exact) > maxNeed {
		return nil
	}
	for _, s := range in.exact {
		if s == "" {
			return nil
		}
	}
	return &prefixShape{lits: minimisePrefixes(in.exact), fold: in.fold, boundary: boundary}
}

// compilePrefix returns the prefixRun of the pattern expr of prefix shape
// sh, or nil (sh nil, or the anchored pattern does not compile).
func compilePrefix(expr string, sh *prefixShape) *prefixRun {
	if sh == nil {
		return nil
	}
	anchored, err := regexp.Compile(`^(?:` + expr + `)`)
	if err != nil {
		return nil
	}
	return &prefixRun{lits: sh.lits, fold: sh.fold, boundary: sh.boundary, anchored: anchored}
}

// minimisePrefixes drops the literals that start with another of the
// literals ("talks" beside "talk", not "lightning talk"): where the longer
// one occurs, the shorter one occurs at the same position.
func minimisePrefixes(ss []string) []string {
	var out []string
	for i, s := range ss {
		keep := true
		for j, o := range ss {
			if j != i && strings.HasPrefix(s, o) && (len(o) < len(s) || j < i) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, s)
		}
	}
	return out
}

// hasBegin tells whether t holds ^ or \A anywhere.
func hasBegin(t *syntax.Regexp) bool {
	if t.Op == syntax.OpBeginText || t.Op == syntax.OpBeginLine {
		return true
	}
	for _, s := range t.Sub {
		if hasBegin(s) {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// find returns up to n (all if n < 0) successive matches of the pattern
// in s with submatches when sub; ok is false when the prefix run cannot
// answer for s (the caller runs the whole pattern).
func (p *prefixRun) find(s string, n int, sub bool) (out [][]int, ok bool) {
	// (?i)k and (?i)s also match the Kelvin sign and the long s
	if p.fold && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")) {
		return nil, false
	}
	next := make([]int, len(p.lits)) // next occurrence of each literal at or after pos; -1: none
	for j := range next {
		next[j] = -2 // not searched yet
	}
	pos := 0
	for n < 0 || len(out) < n {
		i := -1
		for j, l := range p.lits {
			if next[j] == -1 {
				continue
			}
			if next[j] < pos {
				k := -1
				if p.fold {
					k = indexFold(s[pos:], l)
				} else {
					k = strings.Index(s[pos:], l)
				}
				if k < 0 {
					next[j] = -1
					continue
				}
				next[j] = pos + k
			}
			if i < 0 || next[j] < i {
				i = next[j]
			}
		}
		if i < 0 {
			break
		}
		if p.boundary && i > 0 && isWordByte(s[i-1]) {
			if !isWordByte(s[i]) {
				return nil, false // \b at i reads s[i-1]: run the whole pattern
			}
			pos = i + 1 // \b fails at i
			continue
		}
		var m []int
		if sub {
			m = p.anchored.FindStringSubmatchIndex(s[i:])
		} else {
			m = p.anchored.FindStringIndex(s[i:])
		}
		if m == nil {
			pos = i + 1
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += i
			}
		}
		out = append(out, m)
		pos = m[1] // a match holds a literal: never empty
	}
	return out, true
}
