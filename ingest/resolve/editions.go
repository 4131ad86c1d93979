package resolve

import (
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/extract"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

// editionMemo answers, for one post, which schedule edition an entity's
// edition is, looking each up once: a post names few editions and many
// entities of each.
type editionMemo struct {
	r        *Resolver
	res      *extract.Result
	byEntity map[int]editionRef           // by the index of an Event entity
	byYear   map[string]*schedule.Edition // editionForYear
	mainEd   *schedule.Edition            // mainEdition, once mainDone
	mainDone bool
	titles   titleMemo
}

// titleMemo remembers, for one post, the schedule's talks of a title in
// an edition: completeFromSchedule and resolve ask for the same titles.
type titleMemo map[titleKey][]*schedule.Talk

type titleKey struct {
	ed    *schedule.Edition
	title string
}

// find is ed.FindTalksByTitle(title), remembered (m may be nil).
func (m titleMemo) find(ed *schedule.Edition, title string) []*schedule.Talk {
	if m == nil {
		return ed.FindTalksByTitle(title)
	}
	k := titleKey{ed, title}
	if ts, ok := m[k]; ok {
		return ts
	}
	ts := ed.FindTalksByTitle(title)
	m[k] = ts
	return ts
}

// editionRef is an edition's key and its schedule (nil if none is known).
type editionRef struct {
	key string
	ed  *schedule.Edition
}

// of returns the key and the schedule of the edition that entity i is.
func (m *editionMemo) of(i int) (string, *schedule.Edition) {
	if ref, ok := m.byEntity[i]; ok {
		return ref.key, ref.ed
	}
	ev := &m.res.Entities[i]
	ref := editionRef{m.r.eventKey(ev.Series, ev.Year), m.r.edition(ev.Series, ev.Year)}
	if m.byEntity == nil {
		m.byEntity = map[int]editionRef{}
	}
	m.byEntity[i] = ref
	return ref.key, ref.ed
}

// main returns the schedule of the post's main edition, or nil.
func (m *editionMemo) main() *schedule.Edition {
	if !m.mainDone {
		m.mainEd, m.mainDone = m.r.mainEdition(m.res), true
	}
	return m.mainEd
}

// forYear returns the schedule of the first edition of year the post
// names that has one, or nil.
func (m *editionMemo) forYear(year string) *schedule.Edition {
	if ed, ok := m.byYear[year]; ok {
		return ed
	}
	ed := m.r.editionForYear(year, m.res)
	if m.byYear == nil {
		m.byYear = map[string]*schedule.Edition{}
	}
	m.byYear[year] = ed
	return ed
}

func (r *Resolver) mainEdition(res *extract.Result) *schedule.Edition {
	for k := range res.Entities {
		e := &res.Entities[k] // not a copy of the large Entity
		if e.Class == vocab.Event && e.Main {
			return r.edition(e.Series, e.Year)
		}
	}
	return nil
}

func (r *Resolver) editionForYear(year string, res *extract.Result) *schedule.Edition {
	for k := range res.Entities {
		e := &res.Entities[k] // not a copy of the large Entity
		if e.Class == vocab.Event && e.Year == year {
			if x := r.edition(e.Series, e.Year); x != nil {
				return x
			}
		}
	}
	return nil
}
