package schedule

import (
	"bytes"
	"compress/gzip"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// indexVersion is written first in an encoded Index; DecodeIndex refuses others.
const indexVersion = 1

// maxIndexSize bounds what DecodeIndex inflates.
const maxIndexSize = 256 << 20

// ErrIndexVersion is returned by DecodeIndex for an index of another version.
var ErrIndexVersion = errors.New("schedule index: unsupported version")

// Index holds the editions of one or more schedules, with the lookups that
// resolving a post's mentions needs (talks by slug and title, speakers by
// slug and name, tracks by loose name). It keeps no abstracts, so that it
// stays small. Build one with NewIndex and Add, or DecodeIndex. Lookups
// may run concurrently; Add and Merge may not run beside anything else.
type Index struct {
	eds map[string]*Edition
	// lazy, if set, holds editions decoded on first use (a raw index's,
	// possibly shared with other indexes); an edition of eds takes
	// precedence over lazy's of the same key.
	lazy *lazyEditions

	// speakersOnce builds speakers, SpeakerFold of the names of the
	// speakers of eds's editions (lazy's are searched in place); Add
	// and Merge reset it.
	speakersOnce sync.Once
	speakers     map[string]bool
}

// Edition is one conference edition of an Index: what the schedule says of
// it, its talks (without abstracts) and tracks.
type Edition struct {
	Key    string // vocab.EventKey(Series, Year): "fosdem-2019"
	Name   string // "FOSDEM 2019"
	Series string
	Year   string
	City   string
	Venue  string
	URL    string
	Start  string // YYYY-MM-DD
	End    string
	Talks  []Talk
	Tracks []Track

	once sync.Once
	look lookups // derived from Talks and Tracks by build, on first use

	titleOnce sync.Once
	titles    *titleIndex // derived from look by titleLookups, on first use

	personOnce sync.Once
	people     *personIndex // derived from look by personLookups, on first use

	trackOnce sync.Once
	trackIdx  map[string][]string // compact key -> track names (TrackNamed builds it)
}

type personRef struct{ talk, person int }

type lookups struct {
	bySlug     map[string]int // exact slug -> talk
	byLowSlug  map[string]int // lower-cased slug -> talk
	speakers   map[string]personRef
	byPerson   map[string][]int // norm(name) -> talks
	persons    []personRef      // one per norm(name), first appearance
	personNorm []string         // norm(name) of persons[i]
	titles     []string         // norm(title) per talk
	fullTitles []string         // norm(title + subtitle) per talk
	trackKeys  [][]string       // compact keys per track
}

// NewIndex returns an empty Index.
func NewIndex() *Index { return &Index{eds: map[string]*Edition{}} }

// Add adds the edition a schedule describes; an edition already present
// gains the talks and tracks it lacked.
func (ix *Index) Add(s *Schedule) {
	c := s.Conference
	if c.Series == "" {
		return
	}
	e := &Edition{
		Key:    vocab.EventKey(c.Series, c.Year),
		Name:   editionName(c),
		Series: c.Series,
		Year:   c.Year,
		City:   c.City,
		Venue:  c.Venue,
		URL:    c.URL,
		Start:  c.Start,
		End:    c.End,
		Tracks: append([]Track(nil), s.Tracks...),
	}
	e.Talks = make([]Talk, 0, len(s.Talks))
	for _, t := range s.Talks {
		t.Abstract = ""
		t.Persons = append([]Person(nil), t.Persons...)
		e.Talks = append(e.Talks, t)
	}
	ix.put(e)
}

// Merge adds every edition of o to ix (editions present in both are merged).
// ix shares o's arrays of talks and tracks rather than copying them (a
// one-post ingest merges every shipped edition): neither index writes an
// element in place, and an edition's slices are capped at their length,
// so that appending to one index's copies the array.
//
// The editions of a raw index (Known) that ix does not hold yet are not
// decoded: ix reads them from the same table, on first use, as o does (an
// index holds one such table; those of a second are decoded and copied).
func (ix *Index) Merge(o *Index) {
	if o == nil {
		return
	}
	ix.resetSpeakers()
	if ix.lazy == nil && o.lazy != nil {
		ix.lazy = o.lazy
		for i, k := range o.lazy.keys {
			if _, mine := ix.eds[k]; !mine {
				continue // read from the shared table
			}
			if _, theirs := o.eds[k]; theirs {
				continue // merged below
			}
			if src, err := o.lazy.edition(i); err == nil {
				ix.put(shallowCopy(src))
			}
		}
		for _, k := range sortedKeys(o.eds) {
			ix.put(shallowCopy(o.eds[k]))
		}
		return
	}
	for _, k := range o.Editions() {
		if _, theirs := o.eds[k]; !theirs && ix.lazy == o.lazy {
			if _, mine := ix.eds[k]; !mine {
				continue // the same table's edition: nothing to add
			}
		}
		if src, ok := o.Edition(k); ok {
			ix.put(shallowCopy(src))
		}
	}
}

// shallowCopy copies an edition's fields, sharing its arrays of talks and
// tracks capped at their length (see Merge).
func shallowCopy(src *Edition) *Edition {
	return &Edition{
		Key: src.Key, Name: src.Name, Series: src.Series, Year: src.Year, City: src.City,
		Venue: src.Venue, URL: src.URL, Start: src.Start, End: src.End,
		Talks:  src.Talks[:len(src.Talks):len(src.Talks)],
		Tracks: src.Tracks[:len(src.Tracks):len(src.Tracks)],
	}
}

// sortedKeys lists the keys of eds, sorted.
func sortedKeys(eds map[string]*Edition) []string {
	keys := make([]string, 0, len(eds))
	for k := range eds {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (ix *Index) put(e *Edition) {
	ix.resetSpeakers()
	if ix.eds == nil {
		ix.eds = map[string]*Edition{}
	}
	old, ok := ix.eds[e.Key]
	if !ok {
		i := ix.lazy.find(e.Key)
		if i < 0 {
			ix.eds[e.Key] = e
			return
		}
		// an edition of the shared table: ix's own copy gains e's talks
		src, err := ix.lazy.edition(i)
		if err != nil {
			ix.eds[e.Key] = e
			return
		}
		old = shallowCopy(src)
		ix.eds[e.Key] = old
	}
	old.lookups()
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&old.Name, e.Name}, {&old.Series, e.Series}, {&old.Year, e.Year}, {&old.City, e.City},
		{&old.Venue, e.Venue}, {&old.URL, e.URL}, {&old.Start, e.Start}, {&old.End, e.End},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	for _, t := range e.Talks {
		if _, ok := old.look.bySlug[t.Slug]; !ok {
			old.Talks = append(old.Talks, t)
			old.look.bySlug[t.Slug] = len(old.Talks) - 1
		}
	}
	have := map[string]bool{}
	for _, tr := range old.Tracks {
		have[tr.Name] = true
	}
	for _, tr := range e.Tracks {
		if !have[tr.Name] {
			have[tr.Name] = true
			old.Tracks = append(old.Tracks, tr)
		}
	}
	old.look = lookups{}
	old.build()
	old.titleOnce = sync.Once{}
	old.titles = nil
	old.personOnce = sync.Once{}
	old.people = nil
	old.trackOnce = sync.Once{}
	old.trackIdx = nil
}

// Edition returns the edition with the given key (vocab.EventKey(series, year)).
func (ix *Index) Edition(key string) (*Edition, bool) {
	if e, ok := ix.eds[key]; ok {
		return e, true
	}
	if i := ix.lazy.find(key); i >= 0 {
		if e, err := ix.lazy.edition(i); err == nil {
			return e, true
		}
	}
	return nil, false
}

// Editions lists the keys of the editions in the index, sorted.
func (ix *Index) Editions() []string {
	keys := sortedKeys(ix.eds)
	if ix.lazy == nil {
		return keys
	}
	for _, k := range ix.lazy.keys {
		if _, ok := ix.eds[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// Series lists the series of the editions (Edition.Series, in the order of
// Editions, each once, compared lower-cased; none empty), without decoding
// the editions of a raw index.
func (ix *Index) Series() []string {
	var out []string
	seen := map[string]bool{}
	for _, k := range ix.Editions() {
		var series string
		if e, ok := ix.eds[k]; ok {
			series = e.Series
		} else if i := ix.lazy.find(k); i >= 0 {
			series = ix.lazy.series[i]
		}
		if low := strings.ToLower(series); series != "" && !seen[low] {
			seen[low] = true
			out = append(out, series)
		}
	}
	return out
}

// SpeakerFold is the form under which HasSpeaker knows a speaker's name:
// vocab.Fold of a name of several words; ok is false for a name of one
// word or none.
func SpeakerFold(name string) (folded string, ok bool) {
	if !severalWords(name) {
		return "", false
	}
	return vocab.Fold(name), true
}

// HasSpeaker tells whether folded is SpeakerFold of the name of a speaker
// of some edition of the index. The speakers of a raw index's editions are
// searched in its text (their names are folded when it is generated);
// those of the other editions are gathered on first use.
func (ix *Index) HasSpeaker(folded string) bool {
	if ix.lazy.hasSpeaker(folded) {
		return true
	}
	ix.speakersOnce.Do(func() {
		set := map[string]bool{}
		for _, e := range ix.eds {
			for i := range e.Talks {
				for _, p := range e.Talks[i].Persons {
					if f, ok := SpeakerFold(p.Name); ok {
						set[f] = true
					}
				}
			}
		}
		ix.speakers = set
	})
	return ix.speakers[folded]
}

// resetSpeakers drops the speakers gathered by HasSpeaker (the editions
// are changing).
func (ix *Index) resetSpeakers() {
	ix.speakersOnce = sync.Once{}
	ix.speakers = nil
}

// severalWords tells whether s has more than one word (strings.Fields
// would return several), without splitting it.
func severalWords(s string) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if words++; words > 1 {
				return true
			}
			in = true
		}
	}
	return false
}

// lookups returns the edition's lookups, building them on first use.
func (e *Edition) lookups() *lookups {
	e.once.Do(e.build)
	return &e.look
}

// build derives the lookups from Talks and Tracks.
func (e *Edition) build() {
	l := lookups{
		bySlug:    map[string]int{},
		byLowSlug: map[string]int{},
		speakers:  map[string]personRef{},
		byPerson:  map[string][]int{},
	}
	seenPerson := map[string]bool{}
	for i := range e.Talks {
		t := &e.Talks[i]
		if _, ok := l.bySlug[t.Slug]; !ok {
			l.bySlug[t.Slug] = i
		}
		if _, ok := l.byLowSlug[strings.ToLower(t.Slug)]; !ok {
			l.byLowSlug[strings.ToLower(t.Slug)] = i
		}
		l.titles = append(l.titles, norm(t.Title))
		full := t.Title
		if t.Subtitle != "" {
			full += " " + t.Subtitle
		}
		l.fullTitles = append(l.fullTitles, norm(full))
		for j := range t.Persons {
			p := &t.Persons[j]
			ref := personRef{i, j}
			for _, k := range []string{p.Slug, strings.ToLower(p.Slug)} {
				if _, ok := l.speakers[k]; !ok && k != "" {
					l.speakers[k] = ref
				}
			}
			n := norm(p.Name)
			if n == "" {
				continue
			}
			l.byPerson[n] = append(l.byPerson[n], i)
			if !seenPerson[n] {
				seenPerson[n] = true
				l.persons = append(l.persons, ref)
				l.personNorm = append(l.personNorm, n)
			}
		}
	}
	for _, tr := range e.Tracks {
		l.trackKeys = append(l.trackKeys, trackKeys(tr))
	}
	e.look = l
}

func (e *Edition) person(r personRef) *Person { return &e.Talks[r.talk].Persons[r.person] }

// TalkBySlug returns the talk whose schedule slug is slug (surrounding
// slashes and letter case ignored).
func (e *Edition) TalkBySlug(slug string) (*Talk, bool) {
	l := e.lookups()
	slug = strings.Trim(strings.TrimSpace(slug), "/")
	if i, ok := l.bySlug[slug]; ok {
		return &e.Talks[i], true
	}
	if i, ok := l.byLowSlug[strings.ToLower(slug)]; ok {
		return &e.Talks[i], true
	}
	return nil, false
}

// SpeakerBySlug returns the speaker whose FOSDEM speaker-page slug is slug.
func (e *Edition) SpeakerBySlug(slug string) (*Person, bool) {
	l := e.lookups()
	slug = strings.Trim(strings.TrimSpace(slug), "/")
	if r, ok := l.speakers[slug]; ok {
		return e.person(r), true
	}
	if r, ok := l.speakers[strings.ToLower(slug)]; ok {
		return e.person(r), true
	}
	return nil, false
}

// TalksOf returns the talks of the speaker with that name (compared folded:
// case, accents and punctuation ignored), in schedule order.
func (e *Edition) TalksOf(personName string) []*Talk {
	l := e.lookups()
	var out []*Talk
	for _, i := range l.byPerson[norm(personName)] {
		out = append(out, &e.Talks[i])
	}
	return out
}

// FindPersons returns the speakers whose folded full name equals name; if
// none, every speaker whose name has all of name's words (so a first name
// alone gives everyone with that first name). The caller decides what an
// ambiguous answer means. It looks only at the speakers sharing name's
// rarest word (an index by word), not at every speaker.
func (e *Edition) FindPersons(name string) []*Person {
	ix := e.personLookups()
	q := norm(name)
	if q == "" {
		return nil
	}
	var out []*Person
	for _, i := range ix.exact[q] {
		out = append(out, e.person(e.look.persons[i]))
	}
	if len(out) > 0 {
		return out
	}
	var rare []int
	k := 0
	for w := range strings.FieldsSeq(q) {
		p := ix.words[w]
		if p == nil {
			return nil // no speaker has that word
		}
		if k == 0 || len(p) < len(rare) {
			rare = p
		}
		k++
	}
	for _, i := range rare {
		if containsAll(e.look.personNorm[i], q) {
			out = append(out, e.person(e.look.persons[i]))
		}
	}
	return out
}

// containsAll tells whether every word of want is a word of have.
func containsAll(have, want string) bool {
	for w := range strings.FieldsSeq(want) {
		found := false
		for h := range strings.FieldsSeq(have) {
			if h == w {
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

// personIndex finds speakers by folded name and by word of it.
type personIndex struct {
	exact map[string][]int // norm(name) -> index into lookups.persons
	words map[string][]int // word -> index into lookups.persons (each once)
}

// personLookups builds the person index on first use.
func (e *Edition) personLookups() *personIndex {
	e.personOnce.Do(func() {
		l := e.lookups()
		ix := &personIndex{exact: map[string][]int{}, words: map[string][]int{}}
		for i, n := range l.personNorm {
			ix.exact[n] = append(ix.exact[n], i)
			seen := map[string]bool{}
			for _, w := range strings.Fields(n) {
				if !seen[w] {
					seen[w] = true
					ix.words[w] = append(ix.words[w], i)
				}
			}
		}
		e.people = ix
	})
	return e.people
}

// minContained is the shortest normalised title that may match by containment.
const minContained = 8

// FindTalksByTitle returns the talks whose folded title (or title and
// subtitle) equals title; if none, the talks whose normalised title contains
// it or is contained in it as whole words (for titles of at least 8 letters).
// It uses the title index (by normalised title and by word), so its cost
// does not grow with the number of talks.
func (e *Edition) FindTalksByTitle(title string) []*Talk {
	l := e.lookups()
	ix := e.titleLookups()
	q := norm(title)
	if q == "" {
		return nil
	}
	var out []*Talk
	for _, i := range ix.exact[q] {
		out = append(out, &e.Talks[i])
	}
	if len(out) > 0 {
		return out
	}
	seen := map[int]bool{}
	// titles the query is contained in: they have the query's rarest word
	qs := strings.Fields(q)
	if len(q) >= minContained {
		var rare []int
		for k, w := range qs {
			p := ix.words[w]
			if k == 0 || len(p) < len(rare) {
				rare = p
			}
			if p == nil {
				break
			}
		}
		pad := " " + q + " "
		for _, i := range rare {
			if t := l.titles[i]; t != "" && strings.Contains(" "+t+" ", pad) && !seen[i] {
				seen[i] = true
			}
		}
	}
	// titles contained in the query: some run of its words (titles are
	// short, so the runs are few)
	if len(qs) <= maxQueryWords {
		for a := 0; a < len(qs); a++ {
			for b := a + 1; b <= len(qs); b++ {
				sub := strings.Join(qs[a:b], " ")
				if len(sub) < minContained {
					continue
				}
				for _, i := range ix.exact[sub] {
					if l.titles[i] == sub {
						seen[i] = true
					}
				}
			}
		}
	}
	ids := make([]int, 0, len(seen))
	for i := range seen {
		ids = append(ids, i)
	}
	sort.Ints(ids)
	for _, i := range ids {
		out = append(out, &e.Talks[i])
	}
	return out
}

// maxQueryWords bounds the words of a title query whose runs are looked up.
const maxQueryWords = 40

// trackSuffixes are words a writer may add to or drop from a track name.
var trackSuffixes = []string{"devroom", "devrooms", "track", "room"}

// trackKeys are the compact forms a track may be named by: its name, its
// slug, its name without a parenthesised part, the parenthesised part
// ("RTC"), each without a trailing "devroom" or "track".
func trackKeys(tr Track) []string {
	var keys []string
	add := func(s string) {
		k := compact(s)
		if k == "" {
			return
		}
		keys = append(keys, k)
		for _, suf := range trackSuffixes {
			if strings.HasSuffix(k, suf) && len(k) > len(suf) {
				keys = append(keys, strings.TrimSuffix(k, suf))
			}
		}
	}
	add(tr.Name)
	add(tr.Slug)
	if i := strings.IndexByte(tr.Name, '('); i > 0 {
		add(tr.Name[:i])
		if j := strings.IndexByte(tr.Name[i:], ')'); j > 1 {
			add(tr.Name[i+1 : i+j])
		}
	}
	return keys
}

// TrackByName returns the name of the edition's track that nameOrSlug
// names: exactly, by slug ("real_time_communications"), folded
// ("Postgresql" -> "PostgreSQL"), without "devroom", or loosely as the
// unique track that best shares its beginning ("Real Time Comms").
func (e *Edition) TrackByName(nameOrSlug string) (string, bool) {
	q := strings.TrimSpace(nameOrSlug)
	if q == "" {
		return "", false
	}
	for _, tr := range e.Tracks {
		if tr.Name == q {
			return tr.Name, true
		}
	}
	for _, tr := range e.Tracks {
		if strings.EqualFold(tr.Name, q) || (tr.Slug != "" && strings.EqualFold(tr.Slug, q)) {
			return tr.Name, true
		}
	}
	qk := compact(q)
	if qk == "" {
		return "", false
	}
	qkeys := []string{qk}
	for _, suf := range trackSuffixes {
		if strings.HasSuffix(qk, suf) && len(qk) > len(suf) {
			qkeys = append(qkeys, strings.TrimSuffix(qk, suf))
		}
	}
	// Equal compact forms.
	if name, ok := e.uniqueTrack(func(k string) int {
		for _, q := range qkeys {
			if k == q {
				return 1
			}
		}
		return 0
	}); ok {
		return name, true
	}
	// The query begins a track's name ("Postgres" -> "PostgreSQL").
	if len(qk) >= 3 {
		if name, ok := e.uniqueTrack(func(k string) int {
			if strings.HasPrefix(k, qk) {
				return 1
			}
			return 0
		}); ok {
			return name, true
		}
	}
	// Longest shared beginning, most of the query ("Real Time Comms").
	return e.uniqueTrack(func(k string) int {
		n := commonPrefix(k, qk)
		if n < 4 || n*10 < len(qk)*7 {
			return 0
		}
		return n
	})
}

// uniqueTrack scores every key of every track and returns the track with
// the best positive score, if no other track has it.
func (e *Edition) uniqueTrack(score func(key string) int) (string, bool) {
	l := e.lookups()
	best, bestTrack, tie := 0, -1, false
	for i, keys := range l.trackKeys {
		s := 0
		for _, k := range keys {
			if v := score(k); v > s {
				s = v
			}
		}
		switch {
		case s > best:
			best, bestTrack, tie = s, i, false
		case s == best && s > 0 && e.Tracks[i].Name != e.Tracks[bestTrack].Name:
			tie = true
		}
	}
	if best == 0 || tie {
		return "", false
	}
	return e.Tracks[bestTrack].Name, true
}

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// wire is the encoded form of an Index: only what resolving needs, and
// URLs that follow the edition's pattern left out (restored on decode).
type wire struct {
	Version  int
	Editions []wireEdition
}

type wireEdition struct {
	Key, Name, Series, Year, City, Venue, URL, Start, End string
	TalkURLBase, SpeakerURLBase                           string // URL = base + slug + "/" when left out
	Talks                                                 []wireTalk
	Tracks                                                []Track
}

type wireTalk struct {
	Slug, Title, Subtitle, Track, Room, Date, Start, URL string
	Persons                                              []wirePerson
}

type wirePerson struct{ Name, Slug, URL string }

// urlBases returns the patterns of the edition's talk and speaker URLs
// (FOSDEM's), or "".
func (e *Edition) urlBases() (talk, speaker string) {
	if !strings.EqualFold(e.Series, "FOSDEM") || e.Year == "" {
		return "", ""
	}
	base := "https://fosdem.org/" + e.Year + "/schedule/"
	return base + "event/", base + "speaker/"
}

// Encode writes the index compactly (gob, gzip-compressed), without the
// abstracts and the fields resolving does not use (ids, types, languages,
// durations).
func (ix *Index) Encode() ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if err := gob.NewEncoder(zw).Encode(ix.wire()); err != nil {
		return nil, fmt.Errorf("schedule index: encode: %w", err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("schedule index: compress: %w", err)
	}
	return buf.Bytes(), nil
}

// wire returns the encoded form of the index.
func (ix *Index) wire() *wire {
	w := wire{Version: indexVersion}
	for _, k := range ix.Editions() {
		e, ok := ix.Edition(k)
		if !ok {
			continue // a corrupt record of a raw index
		}
		tb, sb := e.urlBases()
		we := wireEdition{
			Key: e.Key, Name: e.Name, Series: e.Series, Year: e.Year, City: e.City, Venue: e.Venue,
			URL: e.URL, Start: e.Start, End: e.End, TalkURLBase: tb, SpeakerURLBase: sb, Tracks: e.Tracks,
		}
		for _, t := range e.Talks {
			wt := wireTalk{Slug: t.Slug, Title: t.Title, Subtitle: t.Subtitle, Track: t.Track,
				Room: t.Room, Date: t.Date, Start: t.Start, URL: t.URL}
			if tb != "" && t.URL == tb+t.Slug+"/" {
				wt.URL = ""
			} else if tb != "" && t.URL == "" {
				wt.URL = "-" // no URL, not even the derived one
			}
			for _, p := range t.Persons {
				wp := wirePerson{Name: p.Name, Slug: p.Slug, URL: p.URL}
				if sb != "" && p.URL == sb+p.Slug+"/" {
					wp.URL = ""
				} else if sb != "" && p.URL == "" {
					wp.URL = "-"
				}
				wt.Persons = append(wt.Persons, wp)
			}
			we.Talks = append(we.Talks, wt)
		}
		w.Editions = append(w.Editions, we)
	}
	return &w
}

func restoreURL(u, base, slug string) string {
	switch {
	case u == "-":
		return ""
	case u == "" && base != "" && slug != "":
		return base + slug + "/"
	}
	return u
}

// DecodeIndex reads an index written by Encode or EncodeRaw.
func DecodeIndex(b []byte) (*Index, error) {
	if bytes.HasPrefix(b, []byte(rawMagic)) {
		return decodeRaw(string(b), true)
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("schedule index: %w", err)
	}
	r := io.LimitReader(zr, maxIndexSize)
	var w wire
	if err := gob.NewDecoder(r).Decode(&w); err != nil {
		return nil, fmt.Errorf("schedule index: decode: %w", err)
	}
	if w.Version != indexVersion {
		return nil, fmt.Errorf("%w %d", ErrIndexVersion, w.Version)
	}
	ix := NewIndex()
	for _, we := range w.Editions {
		if we.Key == "" {
			continue
		}
		e := &Edition{
			Key: we.Key, Name: we.Name, Series: we.Series, Year: we.Year, City: we.City, Venue: we.Venue,
			URL: we.URL, Start: we.Start, End: we.End, Tracks: we.Tracks,
			Talks: make([]Talk, len(we.Talks)),
		}
		for i, wt := range we.Talks {
			t := &e.Talks[i]
			*t = Talk{Slug: wt.Slug, Title: wt.Title, Subtitle: wt.Subtitle, Track: wt.Track,
				Room: wt.Room, Date: wt.Date, Start: wt.Start, URL: restoreURL(wt.URL, we.TalkURLBase, wt.Slug)}
			if len(wt.Persons) > 0 {
				t.Persons = make([]Person, len(wt.Persons))
				for j, wp := range wt.Persons {
					t.Persons[j] = Person{Name: wp.Name, Slug: wp.Slug, URL: restoreURL(wp.URL, we.SpeakerURLBase, wp.Slug)}
				}
			}
		}
		ix.put(e)
	}
	return ix, nil
}
