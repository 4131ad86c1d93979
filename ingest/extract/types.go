package extract

import (
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/doc"
)

// Term is a known name found in a text by a Lexicon (a technology,
// organization or place from the gazetteer).
type Term struct {
	Start, End int         // byte offsets of the surface form
	Name       string      // canonical name
	Class      vocab.Class // Technology, Organization or Place
	SameAs     []string    // identifying IRIs (Wikidata, homepage)
	// Weak: the name is known only from a package index; the extractor
	// keeps the mention only with context.
	Weak bool
	// Loose: a technology's name in another casing or one never matched
	// in prose ("python", "C"): kept only with a strong context (loose.go).
	Loose bool
	// Dropped: the name is never matched in prose alone (a common word,
	// "pandas"; a letter, "C").
	Dropped bool
}

// Lexicon finds known names in a text.
type Lexicon interface {
	Find(text string) []Term
}

// WholeLexicon is a Lexicon that also looks up a word or a name alone:
// Whole returns the Term that Find("x "+w) reports for all of w (bounds in
// w), and whether there is one, without building and scanning the text.
type WholeLexicon interface {
	Lexicon
	Whole(w string) (Term, bool)
}

// AppendLexicon is a Lexicon that appends what Find returns for text to
// dst, its bounds shifted by base (the offset of text in the post), so
// that a long post's terms, found piece by piece, go into one list
// without a list of their own per piece.
type AppendLexicon interface {
	Lexicon
	AppendFind(dst []Term, text string, base int) []Term
}

// Config tells the Extractor what it knows beyond the post.
type Config struct {
	Lexicon Lexicon  // may be nil
	Series  []string // event series known from schedules ("FOSDEM"), any case
	// Venues, when set, returns the names under which an edition's city and
	// venue may appear in a post ("Brussels", "ULB"), from official schedules.
	Venues func(series, year string) []string
	// Speaker, when set, gives the official name of a speaker from the slug
	// of their schedule page.
	Speaker func(series, year, slug string) (string, bool)
	// Talk, when set, gives the official title of a talk from its slug.
	Talk func(series, year, slug string) (string, bool)
	// GivenName, when set, tells whether a token is a known given name (a
	// first name of official speakers). A capitalised phrase of prose
	// becomes a person without a strong cue only when it starts with one.
	GivenName func(token string) bool
	// KnownPerson, when set, tells whether a full name is exactly the name
	// of an official speaker.
	KnownPerson func(name string) bool
	// MatchTitle, when set, returns the official title and slug of the
	// talk of an edition whose title phrase gives (tolerating case,
	// punctuation, a dropped subtitle and a small edit), if exactly one.
	MatchTitle func(series, year, phrase string) (title, slug string, ok bool)
	// MatchTrack, when set, returns the official name of the track of an
	// edition that phrase names exactly (case and spacing aside).
	MatchTrack func(series, year, phrase string) (name string, ok bool)
	// Word, when set, tells whether a token is an ordinary English word
	// (any case): "guide" is, "Frobnik" is not.
	Word func(token string) bool
}

// lexiconFind runs the lexicon, if any.
func (c Config) lexiconFind(text string) []Term {
	if c.Lexicon == nil {
		return nil
	}
	return c.Lexicon.Find(text)
}

// Mention is one place in the text that names an entity.
type Mention struct {
	Start, End int
	Rule       string
	Confidence float64
}

// Entity is one entity named by the post (post-local: resolve gives it its
// global identity). Mentions holds every Span naming it.
type Entity struct {
	Class   vocab.Class
	Name    string   // preferred name as the post gives it
	Aliases []string // other surface forms, handles, slugs
	SameAs  []string // URLs that identify it (profiles, official pages)
	Repo    string   // repository URL (Project)
	Series  string   // Event: series name ("FOSDEM")
	Year    string   // Event: edition year; Track/Talk/Person: year of a schedule link
	Edition int      // Track/Talk: index of the Event entity, -1 if none
	Slug    string   // schedule slug from a link (talk, speaker, track)
	Titled  bool     // Talk: Name is a title the post gives
	Main    bool     // Event: an edition the post reports on
	// Descr is a talk's subject phrase when it has no title.
	Descr    string
	Mentions []Mention
	key      string
}

// drop removes e from the result without merging it into another entity:
// an entity with no class whose Edition is an index is a merged one that
// canonical follows to its target, so a dropped one points nowhere.
func (e *Entity) drop() {
	e.Class = ""
	e.Edition = -1
}

// Predicate names a relation between two entities.
type Predicate string

// Relations the extractor states.
const (
	Performer   Predicate = "performer"   // Talk -> Person
	SuperEvent  Predicate = "superEvent"  // Talk -> Track|Event, Track -> Event
	Affiliation Predicate = "affiliation" // Person -> Organization
	Location    Predicate = "location"    // Event -> Place
	About       Predicate = "about"       // Talk -> Project|Technology
	Author      Predicate = "author"      // Post(-1) -> Person
)

// Relation is a stated relation between entities (indexes into Result.Entities;
// From is -1 for the post itself).
type Relation struct {
	Pred       Predicate
	From, To   int
	Start, End int // Span of the evidence in Text
	Rule       string
	Confidence float64
}

// Result is everything extracted from one post.
type Result struct {
	Doc       *doc.Document
	Entities  []Entity
	Relations []Relation
	// Sentences are the sentence spans of Doc.Text (as Sentences returns them).
	Sentences []Span
}
