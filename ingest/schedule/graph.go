package schedule

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// KindSchedule is the store.Doc Kind of a schedule.
const KindSchedule = "schedule"

// ErrNoEdition is returned by Graph for a schedule whose series is unknown.
var ErrNoEdition = errors.New("schedule names no conference edition")

// builder collects quads once each, in the order they are first added.
type builder struct {
	label quad.IRI
	quads []quad.Quad
	seen  map[quad.Quad]bool
	named map[quad.IRI]bool // entities that already have their schema:name
}

func (b *builder) add(s quad.IRI, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label}
	if b.seen[q] {
		return
	}
	b.seen[q] = true
	b.quads = append(b.quads, q)
}

// entity types and names an entity the first time it is seen; it reports
// whether the entity was new.
func (b *builder) entity(iri quad.IRI, c vocab.Class, name string) bool {
	if b.named[iri] {
		return false
	}
	b.named[iri] = true
	b.add(iri, vocab.Type, c.IRI())
	if a := c.Alignment(); a != "" {
		b.add(iri, vocab.Type, a)
	}
	b.add(iri, vocab.Name, quad.String(name))
	return true
}

func (b *builder) sameAs(iri quad.IRI, url string) {
	if validURL(url) {
		b.add(iri, vocab.SameAs, quad.IRI(url))
	}
}

// isOnline reports whether a venue or city is no place ("Online").
func isOnline(s string) bool {
	f := norm(s)
	return f == "online" || f == "virtual" || f == "internet"
}

// splitVenue returns a venue's short name (without a parenthesised part)
// and the full one: "ULB (Université Libre de Bruxelles)" -> "ULB".
func splitVenue(v string) (short, full string) {
	full = v
	short = v
	if i := strings.IndexByte(v, '('); i > 0 {
		short = strings.TrimSpace(v[:i])
	}
	if short == "" {
		short = full
	}
	return short, full
}

// Graph turns a schedule into the quads of the edition it describes: the
// Event with its Places, its Tracks, its Talks and their speakers (Persons),
// all labelled with the schedule's IRI. hash becomes Doc.Hash; the Doc's
// Attachment is the encoded Index of this schedule alone.
func Graph(s *Schedule, m vocab.Minter, hash string) (store.Doc, error) {
	c := s.Conference
	if c.Series == "" {
		return store.Doc{}, fmt.Errorf("%s: %w", s.Source, ErrNoEdition)
	}
	key := vocab.EventKey(c.Series, c.Year)
	b := &builder{label: m.Schedule(s.Source), seen: map[quad.Quad]bool{}, named: map[quad.IRI]bool{}}

	ev := m.Event(c.Series, c.Year)
	b.entity(ev, vocab.Event, editionName(c))
	if d := isoDate(c.Start); d != "" {
		b.add(ev, vocab.StartDate, vocab.Date(d))
	}
	if d := isoDate(c.End); d != "" {
		b.add(ev, vocab.EndDate, vocab.Date(d))
	}
	if c.City != "" && !isOnline(c.City) {
		p := m.Place(c.City)
		b.add(ev, vocab.Location, p)
		b.entity(p, vocab.Place, c.City)
	}
	if c.Venue != "" && !isOnline(c.Venue) {
		short, full := splitVenue(c.Venue)
		p := m.Place(short)
		b.add(ev, vocab.Location, p)
		b.entity(p, vocab.Place, short)
		if full != short {
			b.add(p, vocab.AlternateName, quad.String(full))
		}
	}
	b.sameAs(ev, c.URL)

	tracks := map[string]quad.IRI{}
	for _, tr := range s.Tracks {
		iri := m.Track(key, tr.Name)
		tracks[tr.Name] = iri
		if b.entity(iri, vocab.Track, tr.Name) {
			b.add(iri, vocab.SuperEvent, ev)
		}
		b.sameAs(iri, tr.URL)
	}
	for _, t := range s.Talks {
		iri := m.Talk(key, t.Slug)
		if b.entity(iri, vocab.Talk, t.Title) {
			parent := ev
			if t.Track != "" {
				tiri, ok := tracks[t.Track]
				if !ok {
					tiri = m.Track(key, t.Track)
					if b.entity(tiri, vocab.Track, t.Track) {
						b.add(tiri, vocab.SuperEvent, ev)
					}
				}
				parent = tiri
			}
			b.add(iri, vocab.SuperEvent, parent)
			if dt := talkDateTime(t); dt != "" {
				b.add(iri, vocab.StartDate, quad.TypedString{Value: quad.String(dt), Type: vocab.XSDDateTime})
			}
			b.sameAs(iri, t.URL)
		}
		for _, p := range t.Persons {
			piri := m.Person(p.Name)
			b.add(iri, vocab.Performer, piri)
			b.entity(piri, vocab.Person, p.Name)
			b.sameAs(piri, p.URL)
		}
	}
	ix := NewIndex()
	ix.Add(s)
	att, err := ix.Encode()
	if err != nil {
		return store.Doc{}, fmt.Errorf("%s: encode index: %w", s.Source, err)
	}
	return store.Doc{
		Label:      b.label,
		Source:     s.Source,
		Kind:       KindSchedule,
		Hash:       hash,
		Quads:      b.quads,
		Attachment: att,
	}, nil
}

// editionName is the edition's one preferred name: "FOSDEM 2019".
func editionName(c Conference) string {
	if y, _ := lastYear(c.Title); c.Title != "" && y == c.Year {
		return c.Title
	}
	if c.Year == "" {
		if c.Title != "" {
			return c.Title
		}
		return c.Series
	}
	return c.Series + " " + c.Year
}

// talkDateTime is the talk's start as an xsd:dateTime lexical form, or "".
func talkDateTime(t Talk) string {
	if dt := t.DateTime; dateTimeR.MatchString(dt) {
		if len(dt) == 16 || dt[16] != ':' {
			dt = dt[:16] + ":00" + dt[16:]
		}
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999"} {
			if _, err := time.Parse(layout, dt); err == nil {
				return dt
			}
		}
	}
	if isoDate(t.Date) == "" || hhmm(t.Start) == "" {
		return ""
	}
	return t.Date + "T" + hhmm(t.Start) + ":00"
}
