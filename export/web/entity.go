package web

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// prov is where one statement came from.
type prov struct {
	Rule       string
	Confidence string
	Evidence   string
}

// statement is a fact from the entity's point of view: "this PRED other"
// (Out) or "other PRED this".
type statement struct {
	Subj  *value // set when the statement is not about the page's entity
	Out   bool
	Pred  string
	Other value
	Prov  []prov
}

// group is every statement about the entity from one post or schedule.
type group struct {
	Doc        value
	Kind       string
	Source     string
	Identity   []prov
	Statements []statement
	More       int // statements left out (maxStatements)
}

// entityView is everything an entity page shows.
type entityView struct {
	IRI      string
	Name     string
	Class    string
	Names    []string // when the graphs disagree
	Alts     []string
	Sections []section
	Groups   []group
	More     int // groups left out
	Diagram  diagramRef
	States   *group // a post's or schedule's own statements
}

// Page limits: an entity stated by thousands of posts lists the first ones.
const (
	maxGroups     = 200
	maxStatements = 300
)

func tripleKey(q quad.Quad) string {
	return quad.ToString(q.Subject) + " " + quad.ToString(q.Predicate) + " " + quad.ToString(q.Object)
}

// entityQuads returns every quad with iri as subject or object.
func (rd *reader) entityQuads(ctx context.Context, iri quad.IRI) ([]quad.Quad, error) {
	ref := rd.qs.ValueOf(iri)
	if ref == nil {
		return nil, nil
	}
	var out []quad.Quad
	for _, dir := range []quad.Direction{quad.Subject, quad.Object} {
		it := rd.qs.QuadIterator(dir, ref)
		for it.Next(ctx) {
			out = append(out, rd.qs.Quad(it.Result()))
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, ctx.Err()
}

func provOf(f store.Fact) prov {
	return prov{Rule: f.Rule, Confidence: fmt.Sprintf("%.2f", f.Confidence), Evidence: oneLine(f.Evidence, 300)}
}

// oneLine collapses white space and cuts s to max runes.
func oneLine(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > max {
		s = string(r[:max-1]) + "…"
	}
	return s
}

// docValue links a graph label to its page, naming it by its source.
func (rd *reader) docValue(ctx context.Context, label quad.IRI) (value, store.DocInfo, bool) {
	d, ok := rd.s.cfg.Store.FindDoc(string(label))
	v := rd.val(ctx, label)
	if ok && d.Source != "" {
		if v.Text == "" || v.Text == vocab.Short(string(label)) {
			v.Text = d.Source
		}
	}
	if v.External && ok {
		v = value{Text: d.Source, Href: rd.s.pathOf(string(label)), Title: string(label)}
	}
	return v, d, ok
}

// explain builds the explain view: statements grouped by doc with provenance.
func (rd *reader) explain(ctx context.Context, iri quad.IRI) (*entityView, error) {
	qq, err := rd.entityQuads(ctx, iri)
	if err != nil {
		return nil, err
	}
	ev := &entityView{IRI: string(iri)}
	byLabel := map[quad.IRI][]quad.Quad{}
	for _, q := range qq {
		l, _ := q.Label.(quad.IRI)
		byLabel[l] = append(byLabel[l], q)
		if q.Subject != iri {
			continue
		}
		switch q.Predicate {
		case vocab.Name:
			ev.Names = appendUniq(ev.Names, textOf(q.Object))
		case vocab.AlternateName:
			ev.Alts = appendUniq(ev.Alts, textOf(q.Object))
		}
	}
	slices.Sort(ev.Names)
	slices.Sort(ev.Alts)
	ev.Name = rd.nameOf(ctx, iri)
	if ev.Name == "" && len(ev.Names) > 0 {
		ev.Name = ev.Names[0]
	}
	if ev.Name == "" {
		ev.Name = vocab.Short(string(iri))
	}
	if len(ev.Names) < 2 {
		ev.Names = nil
	}
	ev.Class = rd.classOf(ctx, iri)
	labels := make([]quad.IRI, 0, len(byLabel))
	for l := range byLabel {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	if len(labels) > maxGroups {
		ev.More = len(labels) - maxGroups
		labels = labels[:maxGroups]
	}
	for _, l := range labels {
		g, err := rd.group(ctx, iri, l, byLabel[l])
		if err != nil {
			return nil, err
		}
		ev.Groups = append(ev.Groups, g)
	}
	return ev, ctx.Err()
}

// group is one doc's statements about iri (qq), with their provenance.
func (rd *reader) group(ctx context.Context, iri, label quad.IRI, qq []quad.Quad) (group, error) {
	g := group{}
	var d store.DocInfo
	var ok bool
	g.Doc, d, ok = rd.docValue(ctx, label)
	var prov map[string][]store.Fact
	if ok {
		g.Kind, g.Source = d.Kind, d.Source
		dq, facts, err := rd.s.cfg.Store.Facts(label)
		if err != nil {
			return g, err
		}
		prov = map[string][]store.Fact{}
		for _, f := range facts {
			if f.Quad < 0 || f.Quad >= len(dq) {
				continue
			}
			if strings.HasPrefix(f.Rule, "resolve:") {
				if dq[f.Quad].Subject == iri {
					g.Identity = append(g.Identity, provOf(f))
				}
				continue
			}
			k := tripleKey(dq[f.Quad])
			prov[k] = append(prov[k], f)
		}
	}
	slices.SortFunc(qq, func(a, b quad.Quad) int { return strings.Compare(tripleKey(a), tripleKey(b)) })
	qq = slices.CompactFunc(qq, func(a, b quad.Quad) bool { return tripleKey(a) == tripleKey(b) })
	if len(qq) > maxStatements {
		g.More = len(qq) - maxStatements
		qq = qq[:maxStatements]
	}
	for _, q := range qq {
		g.Statements = append(g.Statements, rd.statement(ctx, iri, q, prov[tripleKey(q)]))
	}
	return g, nil
}

func (rd *reader) statement(ctx context.Context, iri quad.IRI, q quad.Quad, facts []store.Fact) statement {
	p, _ := q.Predicate.(quad.IRI)
	st := statement{Pred: vocab.Short(string(p)), Out: q.Subject == iri}
	if st.Out {
		st.Other = rd.val(ctx, q.Object)
	} else {
		st.Other = rd.val(ctx, q.Subject)
	}
	for _, f := range facts {
		st.Prov = append(st.Prov, provOf(f))
	}
	return st
}

// docStatements is what a post or schedule states: every quad of its graph.
func (rd *reader) docStatements(ctx context.Context, label quad.IRI) (*group, error) {
	d, ok := rd.s.cfg.Store.FindDoc(string(label))
	if !ok || d.Label != label {
		return nil, nil
	}
	dq, facts, err := rd.s.cfg.Store.Facts(label)
	if err != nil {
		return nil, err
	}
	g := &group{Kind: d.Kind, Source: d.Source}
	byQuad := map[int][]store.Fact{}
	for _, f := range facts {
		byQuad[f.Quad] = append(byQuad[f.Quad], f)
	}
	n := 0
	for i, q := range dq {
		if q.Predicate == vocab.Type {
			continue
		}
		if n == maxStatements {
			g.More++
			continue
		}
		n++
		p, _ := q.Predicate.(quad.IRI)
		st := statement{Out: true, Pred: vocab.Short(string(p)), Other: rd.val(ctx, q.Object)}
		subj := rd.val(ctx, q.Subject)
		st.Subj = &subj
		for _, f := range byQuad[i] {
			st.Prov = append(st.Prov, provOf(f))
		}
		g.Statements = append(g.Statements, st)
	}
	return g, ctx.Err()
}

func textOf(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	}
	return quad.ToString(v)
}

func appendUniq(xs []string, s string) []string {
	if slices.Contains(xs, s) {
		return xs
	}
	return append(xs, s)
}

// sections are the class-specific lists of an entity page.
func (rd *reader) sections(ctx context.Context, iri quad.IRI, class string) []section {
	switch vocab.Class(class) {
	case vocab.Event:
		return rd.editionSections(ctx, iri)
	case vocab.Track:
		talks := rd.hop(ctx, iri, vocab.SuperEvent, true)
		return []section{
			{Title: "Edition", Items: rd.items(ctx, rd.hop(ctx, iri, vocab.SuperEvent, false))},
			{Title: fmt.Sprintf("Talks (%d)", len(talks)), Items: rd.talkItems(ctx, talks), Empty: "no talks"},
		}
	case vocab.Talk:
		return []section{
			{Title: "Track and edition", Items: rd.items(ctx, rd.hop(ctx, iri, vocab.SuperEvent, false))},
			{Title: "Speakers", Items: rd.items(ctx, rd.hop(ctx, iri, vocab.Performer, false)), Empty: "none known"},
			{Title: "About", Items: rd.items(ctx, rd.hop(ctx, iri, vocab.About, false))},
			{Title: "Posts mentioning it", Items: rd.items(ctx, rd.ofClass(ctx, rd.hop(ctx, iri, vocab.Mentions, true), vocab.Post))},
		}
	case vocab.Person:
		return rd.personSections(ctx, iri)
	case vocab.Post:
		return []section{
			{Title: "Author", Items: rd.items(ctx, rd.hop(ctx, iri, vocab.Author, false))},
			{Title: "About", Items: rd.items(ctx, rd.hop(ctx, iri, vocab.About, false))},
		}
	}
	return []section{
		{Title: "Posts mentioning it", Items: rd.items(ctx, rd.ofClass(ctx, rd.hop(ctx, iri, vocab.Mentions, true), vocab.Post)), Empty: "none"},
	}
}

// talkItems lists talks with their speakers nested.
func (rd *reader) talkItems(ctx context.Context, talks []quad.IRI) []item {
	out := rd.items(ctx, talks)
	for i := range out {
		out[i].Children = rd.items(ctx, rd.hop(ctx, quad.IRI(out[i].V.Title), vocab.Performer, false))
	}
	return out
}

// editionSections: tracks → talks → speakers, talks outside tracks, posts.
func (rd *reader) editionSections(ctx context.Context, ev quad.IRI) []section {
	children := rd.hop(ctx, ev, vocab.SuperEvent, true)
	var tracks, loose []quad.IRI
	for _, c := range children {
		if rd.classOf(ctx, c) == string(vocab.Track) {
			tracks = append(tracks, c)
		} else if rd.classOf(ctx, c) == string(vocab.Talk) {
			loose = append(loose, c)
		}
	}
	tr := rd.items(ctx, tracks)
	for i := range tr {
		talks := rd.hop(ctx, quad.IRI(tr[i].V.Title), vocab.SuperEvent, true)
		tr[i].Note = fmt.Sprintf("%d talks", len(talks))
		tr[i].Children = rd.talkItems(ctx, talks)
	}
	secs := []section{{Title: fmt.Sprintf("Tracks (%d)", len(tracks)), Items: tr, Empty: "no tracks"}}
	if len(loose) > 0 {
		secs = append(secs, section{Title: "Talks outside tracks", Items: rd.talkItems(ctx, loose)})
	}
	posts := rd.ofClass(ctx, rd.hop(ctx, ev, vocab.About, true), vocab.Post)
	secs = append(secs, section{Title: fmt.Sprintf("Posts covering it (%d)", len(posts)), Items: rd.items(ctx, posts), Empty: "none"})
	return secs
}

// personSections: talks (with edition and track), editions, affiliations,
// posts mentioning and written.
func (rd *reader) personSections(ctx context.Context, p quad.IRI) []section {
	talks := rd.ofClass(ctx, rd.hop(ctx, p, vocab.Performer, true), vocab.Talk)
	ti := rd.items(ctx, talks)
	editions := map[quad.IRI]bool{}
	for i := range ti {
		var where []string
		for _, up := range rd.hop(ctx, quad.IRI(ti[i].V.Title), vocab.SuperEvent, false) {
			switch rd.classOf(ctx, up) {
			case string(vocab.Track):
				where = append(where, rd.nameOf(ctx, up))
				for _, e := range rd.hop(ctx, up, vocab.SuperEvent, false) {
					editions[e] = true
				}
			case string(vocab.Event):
				editions[up] = true
			}
		}
		ti[i].Note = strings.Join(where, ", ")
	}
	var eds []quad.IRI
	for e := range editions {
		eds = append(eds, e)
	}
	mentions := rd.ofClass(ctx, rd.hop(ctx, p, vocab.Mentions, true), vocab.Post)
	authored := rd.ofClass(ctx, rd.hop(ctx, p, vocab.Author, true), vocab.Post)
	return []section{
		{Title: fmt.Sprintf("Talks (%d)", len(talks)), Items: ti, Empty: "none known"},
		{Title: "Editions", Items: rd.items(ctx, eds), Empty: "none known"},
		{Title: "Affiliations", Items: rd.items(ctx, rd.hop(ctx, p, vocab.Affiliation, false)), Empty: "none known"},
		{Title: fmt.Sprintf("Posts mentioning them (%d)", len(mentions)), Items: rd.items(ctx, mentions), Empty: "none"},
		{Title: "Posts they wrote", Items: rd.items(ctx, authored), Empty: "none"},
	}
}
