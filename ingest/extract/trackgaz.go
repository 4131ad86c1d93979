package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Tracks named without a cue word, two ways:
//
//   - the official track names of the edition the post is about, as a
//     gazetteer for prose: a capitalised phrase of two words or more that
//     is exactly a track's name ("Testing And Automation"), and a one-word
//     track coordinated with such a phrase ("Virtualisation and Testing
//     And Automation"). One-word names alone ("Python", "Go") need a cue.
//   - a list the post introduces as tracks ("With tracks covering:" and a
//     list of short capitalised items): each item is a track.

// maxTrackWords is the longest phrase tried as a track name.
const maxTrackWords = 6

// trackConnectors may stand inside a track name between capitalised words.
var trackConnectors = map[string]bool{"and": true, "of": true, "as": true, "a": true, "the": true, "for": true, "&": true, "/": true, "in": true, "on": true, "to": true}

// namedTracks finds the tracks of the post's main edition its prose names.
func (b *builder) namedTracks() {
	if b.main < 0 || b.x.cfg.MatchTrack == nil {
		return
	}
	ev := b.res.Entities[b.main]
	match := func(s, e int) (string, bool) {
		return b.x.cfg.MatchTrack(ev.Series, ev.Year, b.text[s:e])
	}
	type word struct{ s, e int }
	var run []word // capitalised words and connectors, in one clause
	flush := func() {
		// longest phrases first, each starting and ending with a capital
		for i := 0; i < len(run); i++ {
			if !capWordAt(b.text, run[i].s) {
				continue
			}
			for j := min(len(run), i+maxTrackWords) - 1; j > i; j-- {
				if !capWordAt(b.text, run[j].s) {
					continue
				}
				s, e := run[i].s, run[j].e
				if b.isClaimed(s, e) || b.mentionOverlaps(s, e, vocab.Talk) {
					continue
				}
				// a track's name inside a longer capitalised phrase is a
				// part of a title ("Go Lightning Talks Come", "Testing and
				// Automation in the Era of Containers")
				k := j + 1
				for k < len(run) && trackConnectors[strings.ToLower(b.text[run[k].s:run[k].e])] {
					k++
				}
				if i > 0 && capWordAt(b.text, run[i-1].s) && !trackConnectors[strings.ToLower(b.text[run[i-1].s:run[i-1].e])] ||
					k < len(run) && capWordAt(b.text, run[k].s) && (k == j+1 || !strings.EqualFold(b.text[run[j+1].s:run[j+1].e], "and")) {
					continue
				}
				name, ok := match(s, e)
				if !ok {
					continue
				}
				t := b.addNamedTrack(name, s, e)
				// "Virtualisation and Testing And Automation"
				if i >= 2 && strings.EqualFold(b.text[run[i-1].s:run[i-1].e], "and") || i >= 1 && strings.HasSuffix(strings.TrimSpace(b.text[run[i-1].e:run[i].s]), ",") {
					k := i - 1
					if strings.EqualFold(b.text[run[k].s:run[k].e], "and") {
						k--
					}
					if k >= 0 && capWordAt(b.text, run[k].s) {
						if n2, ok := match(run[k].s, run[k].e); ok {
							b.addNamedTrack(n2, run[k].s, run[k].e)
						}
					}
				}
				_ = t
				i = j
				break
			}
		}
		run = run[:0]
	}
	block := -1
	for i := 0; i < len(b.text); {
		if i>>12 != block { // every 4 KiB
			if block = i >> 12; b.stopNow() {
				return
			}
		}
		if c := b.text[i]; c < utf8.RuneSelf && trackWordByte[c]&trackStart == 0 {
			// ASCII that starts no word: as the rune path below
			if c != ' ' && c != '\t' {
				flush()
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(b.text[i:])
		if !unicode.IsLetter(r) && r != '&' && r != '/' {
			if r != ' ' && r != '\t' {
				flush()
			}
			i += n
			continue
		}
		j := i
		for j < len(b.text) {
			if c := b.text[j]; c < utf8.RuneSelf {
				if trackWordByte[c]&trackInside == 0 {
					break
				}
				j++
				continue
			}
			r2, n2 := utf8.DecodeRuneInString(b.text[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) && r2 != '&' && r2 != '/' && r2 != '-' && r2 != '.' {
				break
			}
			j += n2
		}
		w := strings.TrimRight(b.text[i:j], ".")
		if w == "" {
			i = j
			continue
		}
		// every connector has three bytes or fewer, and no longer word
		// lower-cases to one
		if capWordAt(b.text, i) || len(w) <= 3 && trackConnectors[strings.ToLower(w)] {
			run = append(run, word{i, i + len(w)})
		} else {
			flush()
		}
		if len(w) < j-i {
			flush() // a full stop ends the phrase
		}
		i = j
	}
	flush()
}

// trackWordByte classifies the ASCII bytes for namedTracks' scan: those
// that start a word (letters, '&', '/') and those inside one (also digits,
// '-' and '.'), as unicode.IsLetter and unicode.IsDigit read them.
var trackWordByte = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		r := rune(c)
		if unicode.IsLetter(r) || r == '&' || r == '/' {
			t[c] |= trackStart
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&' || r == '/' || r == '-' || r == '.' {
			t[c] |= trackInside
		}
	}
	return t
}()

const (
	trackStart  = 1 << iota // the byte starts a word
	trackInside             // the byte continues one
)

// capWordAt tells whether the word at text[i:] starts with a capital.
func capWordAt(text string, i int) bool {
	if i < len(text) && text[i] < utf8.RuneSelf {
		return text[i] >= 'A' && text[i] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// addNamedTrack records the track name of the main edition at [s,e).
func (b *builder) addNamedTrack(name string, s, e int) int {
	i := b.entity(vocab.Track, b.text[s:e], fold(name))
	if b.res.Entities[i].Edition < 0 {
		b.res.Entities[i].Edition = b.main
	}
	b.alias(i, fold(b.text[s:e]))
	b.mention(i, s, e, "track:edition-track-name", 0.75)
	return i
}

// maxTrackItem is the longest list item read as a track name.
const maxTrackItem = 6

// listedTracks makes a Track of each item of a list that a sentence
// ending in a colon and naming tracks or devrooms introduces.
func (b *builder) listedTracks() {
	if b.main < 0 {
		return
	}
	cands := b.candidates()
	for k := 0; k < len(cands); k++ {
		c := cands[k]
		if c.kind != candListItem {
			continue
		}
		// the line before the list
		ls := max(0, strings.LastIndexByte(b.text[:c.start], '\n'))
		pre := strings.TrimSpace(b.text[min(ls, max(0, c.start-200)):ls])
		if !strings.HasSuffix(pre, ":") || !b.re.reTrackIntro.MatchString(pre[max(0, len(pre)-120):]) {
			continue
		}
		// this item and the ones right after it
		for ; k < len(cands); k++ {
			it := cands[k]
			if it.kind != candListItem {
				continue
			}
			if it.start < c.end && it.start != c.start {
				continue // an item inside the previous one
			}
			if it.start != c.start && strings.TrimSpace(b.text[c.end:it.start]) != "" {
				break // the list ended
			}
			c = it
			name := strings.TrimRight(strings.TrimSpace(b.text[it.start:it.end]), ".,;")
			ws := strings.Fields(name)
			if len(ws) == 0 || len(ws) > maxTrackItem || !capWord(ws[0]) || strings.ContainsAny(name, ":()") {
				continue
			}
			i := b.entity(vocab.Track, name, fold(name))
			if b.res.Entities[i].Edition < 0 {
				b.res.Entities[i].Edition = b.main
			}
			b.mention(i, it.start, it.start+len(name), "track:listed", 0.7)
		}
	}
}
