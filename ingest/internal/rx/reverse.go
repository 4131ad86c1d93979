package rx

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode/utf8"
)

// A pattern that ends in $ (and does not start with ^), such as
// `(?i)\bby[ \t]+$`, is run by the standard library from every start
// position of the text: on the 80 bytes before a name that is 80 failed
// attempts for one answer. Run on the reversed text, the reversed pattern
// starts with ^ and is tried at one position only, and it fails as soon as
// the text's tail differs. MatchString and FindStringIndex use it; the
// other methods run the pattern as written.
//
// The reversal is exact: a string matches P anchored at its end exactly when
// its reverse matches reverse(P) anchored at its start, since each rune
// keeps its bytes and \b, \B, character classes and case folding look at
// runes or pairs of neighbouring runes, which reversal keeps.
// FindStringIndex asks the reversed expression whether there is a match and
// runs forward only when there is one (a leftmost-longest reversed run to
// find the match's start explores more than the forward run). Text that is
// not valid UTF-8 runs forward, since reversing it could join stray bytes
// into a rune.

// compileReverse returns the reversed expression of t when t ends in $
// and does not start with ^; nil otherwise.
func compileReverse(t *syntax.Regexp) *regexp.Regexp {
	if !endAnchored(t) || startAnchored(t) {
		return nil
	}
	rev, err := regexp.Compile(reverseTree(t).String())
	if err != nil {
		return nil
	}
	return rev
}

// endAnchored tells whether every match of t ends at the end of the text: t
// is (a capture of) a sequence whose last part is \z or non-multiline $.
func endAnchored(t *syntax.Regexp) bool { return anchored(t, syntax.OpEndText, true) }

// startAnchored tells whether t begins with \A or non-multiline ^: the
// standard library then tries one start only already.
func startAnchored(t *syntax.Regexp) bool { return anchored(t, syntax.OpBeginText, false) }

// anchored tells whether t, through captures and the last (or first) part
// of sequences, is the anchor op.
func anchored(t *syntax.Regexp, op syntax.Op, last bool) bool {
	for t.Op == syntax.OpCapture {
		t = t.Sub[0]
	}
	switch t.Op {
	case op:
		return true
	case syntax.OpConcat:
		if len(t.Sub) == 0 {
			return false
		}
		if last {
			return anchored(t.Sub[len(t.Sub)-1], op, last)
		}
		return anchored(t.Sub[0], op, last)
	}
	return false
}

// startsAnyChar tells whether the first part after the ^ of a
// start-anchored t is (a repetition of) any character, as in `^(.+?)x`.
func startsAnyChar(t *syntax.Regexp) bool {
	for t.Op == syntax.OpCapture {
		t = t.Sub[0]
	}
	if t.Op != syntax.OpConcat || len(t.Sub) < 2 {
		return false
	}
	f := t.Sub[1]
	for {
		switch f.Op {
		case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
			f = f.Sub[0]
			continue
		}
		break
	}
	return f.Op == syntax.OpAnyChar || f.Op == syntax.OpAnyCharNotNL
}

// reverseTree returns a copy of t that matches the reverse of the strings t
// matches.
func reverseTree(t *syntax.Regexp) *syntax.Regexp {
	r := *t
	r.Sub = make([]*syntax.Regexp, len(t.Sub))
	for i, s := range t.Sub {
		r.Sub[i] = reverseTree(s)
	}
	r.Sub0 = [1]*syntax.Regexp{}
	switch t.Op {
	case syntax.OpLiteral:
		r.Rune = slices.Clone(t.Rune)
		slices.Reverse(r.Rune)
	case syntax.OpConcat:
		slices.Reverse(r.Sub)
	case syntax.OpBeginText:
		r.Op = syntax.OpEndText
	case syntax.OpEndText:
		r.Op = syntax.OpBeginText
	case syntax.OpBeginLine:
		r.Op = syntax.OpEndLine
	case syntax.OpEndLine:
		r.Op = syntax.OpBeginLine
	}
	return &r
}

// reverseRunes returns s with its runes in reverse order (each rune's
// bytes in their order); s is valid UTF-8.
func reverseRunes(s string) []byte {
	out := make([]byte, len(s))
	j := len(s)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			j--
			out[j] = c
			i++
			continue
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		j -= n
		copy(out[j:], s[i:i+n])
		i += n
	}
	return out
}

// reverseAfter is how many times an end-anchored pattern is run forward
// before its reversed expression is compiled: compiling it costs about as
// much as a few hundred forward runs on a short window, so a pattern that a
// run (one post) reaches a few times only never pays it.
const reverseAfter = 64

// matchReverse is MatchString through the reversed expression; ok is false
// when it cannot be used (no reversed expression, or s not valid UTF-8),
// or not yet (the pattern's first reverseAfter calls run forward).
func (r *Regexp) matchReverse(s string) (match, ok bool) {
	if r.reverse && r.tries.Load() < reverseAfter {
		r.tries.Add(1) // not worth compiling the reversed expression yet
		return false, false
	}
	rev := r.reversed()
	if rev == nil || !utf8.ValidString(s) {
		return false, false
	}
	return rev.Match(reverseRunes(s)), true
}

// indexReverse is FindStringIndex that asks the reversed expression first
// whether there is a match, and runs the pattern forward only then (most
// calls find none); ok as for matchReverse.
func (r *Regexp) indexReverse(s string) (loc []int, ok bool) {
	if m, ok := r.matchReverse(s); ok && !m {
		return nil, true
	}
	return nil, false
}
