package build

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// brandRecords makes weak records of the simple-icons brands that no rule
// of techAndOrgs classified (known holds the folded names and aliases of
// the other records). A brand is a company or a product, and the title
// alone rarely tells which; the extractor keeps a mention only with
// context. A title with inner capitals or digits ("WebRTC", "pfSense") or
// of several words one of which names a known technology or organisation
// ("Ruby on Rails", "Git LFS", "Apache NiFi") reads as a product
// (Technology); other titles ("Canonical", "Red Hat") and acronyms ("SAP")
// as a company (Organization), unless Debian packages it ("Grafana" is
// software). makers holds the folded names of the known technologies and
// organisations, packages the folded names of the Debian snapshot. Titles that are ordinary words
// ("Answer", "Tile", but not acronyms), single characters or known given
// names are left out.
func brandRecords(icons []icon, lex *lexicon, known, makers, packages map[string]bool) []*Record {
	// a brand's name leading another's makes it a product ("Apache Arrow")
	for _, ic := range icons {
		if t := strings.TrimSpace(ic.Title); !strings.Contains(t, " ") && !lex.isWord(t) {
			makers[vocab.Fold(t)] = true
		}
	}
	var out []*Record
	seen := map[string]bool{}
	for _, ic := range icons {
		t := strings.TrimSpace(ic.Title)
		k := vocab.Fold(t)
		if !clean(t) || known[k] || seen[k] || utf8.RuneCountInString(t) < 3 {
			continue
		}
		ws := strings.Fields(t)
		acr := acronymTitle(t) // "SAP" is not the word sap
		if lex.isCommon(t) || (len(ws) == 1 && !acr && (lex.isWord(t) || lex.isProper(t))) {
			continue
		}
		if plainPhrase(ws, makers, known, lex) {
			continue // "Quux Season of Learning": a programme named by a phrase
		}
		seen[k] = true
		class := vocab.Organization
		if !acr && (innerCapOrDigit(t) || len(ws) > 1 && anyKnown(ws, makers)) || packages[k] || jsName(t) {
			class = vocab.Technology
		}
		if corporateTail(t) {
			class = vocab.Organization // "HashiCorp", "Acme Labs"
		}
		// acronyms and names with words of the dictionary match in their
		// casing only; other names in any casing ("Hashicorp")
		exact := acr || lex.isWord(t)
		out = append(out, &Record{Name: t, Class: class, sources: map[string]bool{"icons": true}, Weak: true, ExactCase: exact})
	}
	return out
}

// innerCapOrDigit tells whether a word of s mixes cases with a capital
// after its first letter ("WebRTC", "pfSense", "SQLAlchemy"), or s has a
// digit.
func innerCapOrDigit(s string) bool {
	for _, w := range strings.Fields(s) {
		lower, inner := false, false
		for i, r := range w {
			if unicode.IsDigit(r) {
				return true
			}
			lower = lower || unicode.IsLower(r)
			inner = inner || (i > 0 && unicode.IsUpper(r))
		}
		if lower && inner {
			return true
		}
	}
	return false
}

// jsName tells whether a title is written like a JavaScript library's
// ("Ember.js", "Three.js"): a name, a dot and "js".
func jsName(t string) bool {
	return len(t) > 3 && !strings.Contains(t, " ") && (strings.HasSuffix(t, ".js") || strings.HasSuffix(t, ".JS"))
}

// acronymTitle tells whether s is one word of capitals ("SAP", "KDE").
func acronymTitle(s string) bool {
	if strings.ContainsAny(s, " ") {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// anyKnown tells whether a word of ws is in set (folded).
func anyKnown(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[vocab.Fold(w)] {
			return true
		}
	}
	return false
}

// corporateTail tells whether a brand's title ends in a corporate word,
// glued or not ("HashiCorp", "Sauce Labs").
func corporateTail(t string) bool {
	for _, w := range []string{"Corp", "Inc", "Labs", "Systems", "Technologies", "Group", "Solutions", "Networks", "Foundation", "Company", "Studios"} {
		if i := len(t) - len(w); i > 0 && strings.HasSuffix(t, w) {
			if r, _ := utf8.DecodeLastRuneInString(t[:i]); r == ' ' || unicode.IsLower(r) {
				return true
			}
		}
	}
	return false
}

// functionWords join the words of a phrase.
var functionWords = set("of for the in on and to with")

// plainPhrase tells whether a title of several words is an English phrase
// after its maker's name: a function word joins words of the dictionary
// only ("Quux Season of Learning", "Zorb Day of Learning"), so the title names
// a programme, an event or a campaign, not a product ("Material for
// Zorbdocs" names software: a word is no English word; "Jewel on Rails":
// a word is a name known holds).
func plainPhrase(ws []string, makers, known map[string]bool, lex *lexicon) bool {
	if len(ws) < 3 {
		return false
	}
	fn := false
	for i, w := range ws {
		lw := strings.ToLower(w)
		switch {
		case i > 0 && functionWords[lw]:
			fn = true
		case i == 0 && makers[vocab.Fold(w)]:
		case !lex.lower[lw] && !lex.common[lw], i > 0 && known[vocab.Fold(w)]:
			return false
		}
	}
	return fn
}
