package selectq

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/export"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Errors returned, wrapped with the name asked for and close matches.
var (
	// ErrNotFound: the focus or event matches no entity.
	ErrNotFound = errors.New("not found")
	// ErrUnknownClass: a class in Options.Classes is not a talkgraph class.
	ErrUnknownClass = errors.New("unknown class")
)

// Node is one entity of the selection, or a node standing for several.
type Node struct {
	IRI   string // the entity's IRI, or "_:label" for a blank node; GroupPrefix… for a group
	Class string // local name of its talkgraph class ("Person", "Talk"); "" if it has none
	Name  string // its schema:name; else schema:headline; else the IRI's last segment
	// Cluster is the IRI of the track (in Graph.Clusters) the node is
	// drawn inside; "" for none.
	Cluster string
	// Count > 0 marks a node that stands for Count entities: a group of
	// posts ("mentioned in 7 posts", Of is the entity they are next to) or
	// a collapsed track (its talks; Note says more).
	Count int
	Of    string
	Note  string // a second line for the label ("42 talks, 51 speakers")
}

// GroupPrefix starts the IRI of a group node (Node.Count > 0, Node.Of set).
const GroupPrefix = "group:"

// Edge is one relation between two selected nodes. The same triple stated
// under several graph labels is one Edge.
type Edge struct {
	From, To  string // node IRIs
	Predicate string // full predicate IRI
}

// PredicateName returns the local name of the edge's predicate
// ("performer", "superEvent", "about").
func (e Edge) PredicateName() string { return localName(e.Predicate) }

// Graph is a selection: nodes sorted by IRI, edges sorted by From,
// Predicate, To, and the IRIs of the nodes the selection started from
// (the focus and the event; empty without a focus or event).
type Graph struct {
	Nodes []Node
	Edges []Edge
	Focus []string
	// Clusters are the tracks drawn as boxes around their talks (and the
	// speakers who speak only there), sorted by IRI. They are not in Nodes;
	// edges to them are dropped, and Up holds each one's edition.
	Clusters []Node
	Up       map[string]string // cluster IRI -> the event it is part of (when selected)
	// Collapsed says an edition had more than the node budget, so each
	// track is one node with its counts, drawn in a grid inside the
	// edition's box (the edition is then in Clusters); Reduced says a neighbourhood was
	// drawn at a smaller depth than asked, for the same reason.
	Collapsed bool
	Reduced   int // the depth used, when smaller than asked; 0 otherwise
}

// Options say what to select; the zero value selects every entity.
type Options struct {
	// Focus is an entity's name (matched case- and accent-insensitively
	// with vocab.Fold against schema:name and schema:alternateName), or its
	// IRI (full or prefixed, e.g. "tg:..."). Every entity matching the name
	// is a focus.
	Focus string
	// Depth is the radius of the undirected breadth-first walk from the
	// focus; values below 1 mean 1. Ignored without Focus.
	Depth int
	// Classes keeps only nodes of these classes (case-insensitive local
	// names: "Person", "talk"), plus the focus and event nodes.
	Classes []string
	// Event is an Event entity's name ("FOSDEM 2019") or IRI. The selection
	// is then the edition, the tracks and talks under it (schema:superEvent
	// chains), their performers, what they are about, and the posts about
	// the edition. With Focus too, the walk stays inside that sub-graph.
	Event string
	// WithPosts keeps posts and their mentions edges as they are. Without
	// it an edition leaves posts out, and a neighbourhood draws the posts
	// next to an entity as one grouped node ("mentioned in 7 posts").
	WithPosts bool
	// MaxNodes is the node budget (0 means 300): above it an edition
	// collapses each track to one node, and a neighbourhood is drawn at a
	// smaller depth.
	MaxNodes int
	// NoClusters draws tracks as nodes instead of boxes around their talks.
	NoClusters bool
}

// classOrder ranks classes when an entity has several: the most specific wins.
var classOrder = []vocab.Class{vocab.Post, vocab.Talk, vocab.Track, vocab.Event, vocab.Person,
	vocab.Organization, vocab.Project, vocab.Technology, vocab.Place}

// model is the loaded dataset.
type model struct {
	classes  map[string]vocab.Class
	names    map[string]map[string]int // resource -> schema:name -> count
	heads    map[string]map[string]int // resource -> schema:headline -> count
	alts     map[string][]string
	triples  map[Edge]struct{}
	nodes    map[string]*Node
	adjacent map[string][]string // undirected
	in       map[string][]Edge   // edges by target
	out      map[string][]Edge   // edges by source
}

func resource(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.IRI:
		return string(v), true
	case quad.BNode:
		return "_:" + string(v), true
	}
	return "", false
}

func literalText(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.String:
		return string(v), true
	case quad.LangString:
		return string(v.Value), true
	case quad.TypedString:
		return string(v.Value), true
	}
	return "", false
}

func count(m map[string]map[string]int, k, v string) {
	if m[k] == nil {
		m[k] = map[string]int{}
	}
	m[k][v]++
}

func load(ctx context.Context, src export.Source) (*model, error) {
	m := &model{
		classes: map[string]vocab.Class{}, names: map[string]map[string]int{},
		heads: map[string]map[string]int{}, alts: map[string][]string{}, triples: map[Edge]struct{}{},
	}
	err := src.ForEach(ctx, func(q quad.Quad) error {
		s, ok := resource(q.Subject)
		if !ok {
			return nil
		}
		p, _ := q.Predicate.(quad.IRI)
		pred := vocab.Expand(string(p))
		if pred == string(vocab.Type) {
			if c, ok := q.Object.(quad.IRI); ok {
				if cl, ok := vocab.ClassOf(quad.IRI(vocab.Expand(string(c)))); ok {
					if old, had := m.classes[s]; !had || slices.Index(classOrder, cl) < slices.Index(classOrder, old) {
						m.classes[s] = cl
					}
				}
			}
			return nil
		}
		if text, ok := literalText(q.Object); ok {
			switch pred {
			case string(vocab.Name):
				count(m.names, s, text)
			case string(vocab.Headline):
				count(m.heads, s, text)
			case string(vocab.AlternateName):
				m.alts[s] = append(m.alts[s], text)
			}
			return nil
		}
		if o, ok := resource(q.Object); ok && pred != "" {
			m.triples[Edge{From: s, To: vocab.Expand(o), Predicate: pred}] = struct{}{}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("select: load: %w", err)
	}
	m.build()
	return m, nil
}

// best returns the most frequent value, the smallest on ties.
func best(m map[string]int) string {
	var out string
	n := 0
	for v, c := range m {
		if c > n || c == n && v < out {
			out, n = v, c
		}
	}
	return out
}

func localName(iri string) string {
	s := strings.TrimRight(iri, "/#")
	if i := strings.LastIndexAny(s, "/#:"); i >= 0 && i < len(s)-1 {
		return s[i+1:]
	}
	return s
}

func (m *model) build() {
	m.nodes = make(map[string]*Node, len(m.classes)+len(m.names))
	add := func(r string) {
		if m.nodes[r] != nil {
			return
		}
		n := &Node{IRI: r, Name: best(m.names[r])}
		if c, ok := m.classes[r]; ok {
			n.Class = string(c)
		}
		if n.Name == "" {
			n.Name = best(m.heads[r])
		}
		if n.Name == "" {
			n.Name = localName(r)
		}
		m.nodes[r] = n
	}
	for r := range m.classes {
		add(r)
	}
	for r := range m.names {
		add(r)
	}
	for r := range m.heads {
		add(r)
	}
	m.adjacent = make(map[string][]string, len(m.nodes))
	m.in = make(map[string][]Edge, len(m.nodes))
	m.out = make(map[string][]Edge, len(m.nodes))
	for e := range m.triples {
		if m.nodes[e.From] == nil || m.nodes[e.To] == nil {
			delete(m.triples, e)
			continue
		}
		m.adjacent[e.From] = append(m.adjacent[e.From], e.To)
		m.adjacent[e.To] = append(m.adjacent[e.To], e.From)
		m.in[e.To] = append(m.in[e.To], e)
		m.out[e.From] = append(m.out[e.From], e)
	}
}

// Select loads src and returns the part Options ask for.
func Select(ctx context.Context, src export.Source, opts Options) (*Graph, error) {
	if _, err := parseClasses(opts.Classes); err != nil {
		return nil, err
	}
	m, err := Load(ctx, src)
	if err != nil {
		return nil, err
	}
	return m.Select(ctx, opts)
}

// Model is a loaded dataset to select from many times (a server keeps one
// per version of the store). It is read-only once loaded and safe for
// concurrent Selects.
type Model struct{ m *model }

// Load reads src into a Model.
func Load(ctx context.Context, src export.Source) (*Model, error) {
	m, err := load(ctx, src)
	if err != nil {
		return nil, err
	}
	return &Model{m}, nil
}

// Select returns the part of the model Options ask for, shaped for reading
// (see shape.go).
func (mm *Model) Select(ctx context.Context, opts Options) (*Graph, error) {
	m := mm.m
	c, err := m.choose(ctx, opts)
	if err != nil {
		return nil, err
	}
	budget := opts.MaxNodes
	if budget <= 0 {
		budget = 300
	}
	g := m.graph(c.keep, c.focus)
	g.Reduced = c.reduced
	if opts.Focus != "" && !opts.WithPosts {
		m.groupPosts(g, c.roots)
	}
	if opts.Event != "" && opts.Focus == "" && len(g.Nodes) > budget {
		m.collapseTracks(g, c.events)
	}
	if !opts.NoClusters && !g.Collapsed {
		m.cluster(g)
	}
	return g, nil
}

// choice is what choose selected.
type choice struct {
	keep                 map[string]bool // nil: everything
	focus, events, roots []string
	reduced              int
}

// choose loads src and returns the nodes Options ask for (nil: every one)
// and the nodes the selection started from (for selectq.Quads).
func choose(ctx context.Context, src export.Source, opts Options) (*model, map[string]bool, []string, error) {
	if _, err := parseClasses(opts.Classes); err != nil {
		return nil, nil, nil, err
	}
	m, err := load(ctx, src)
	if err != nil {
		return nil, nil, nil, err
	}
	c, err := m.choose(ctx, opts)
	if err != nil {
		return nil, nil, nil, err
	}
	return m, c.keep, c.focus, nil
}

// choose picks the nodes Options ask for.
func (m *model) choose(ctx context.Context, opts Options) (choice, error) {
	classes, err := parseClasses(opts.Classes)
	if err != nil {
		return choice{}, err
	}
	budget := opts.MaxNodes
	if budget <= 0 {
		budget = 300
	}
	var keep map[string]bool // nil: everything
	var focus, events, roots []string
	if opts.Event != "" {
		events, err = m.resolve("event", opts.Event, func(n *Node) bool { return n.Class == string(vocab.Event) })
		if err != nil {
			return choice{}, err
		}
		keep = m.eventSet(events, opts.WithPosts)
		focus = append(focus, events...)
	}
	reduced := 0
	if opts.Focus != "" {
		within := keep
		roots, err = m.resolve("focus", opts.Focus, func(n *Node) bool { return within == nil || within[n.IRI] })
		if err != nil {
			return choice{}, err
		}
		depth := max(opts.Depth, 1)
		if m.allOf(roots, vocab.Person) && !opts.WithPosts {
			keep = m.personSet(roots, within)
		} else {
			for {
				keep = m.walk(ctx, roots, depth, within, opts.WithPosts)
				if len(keep) <= budget || depth == 1 {
					break
				}
				depth--
				reduced = depth
			}
		}
		focus = append(focus, roots...)
		if err := ctx.Err(); err != nil {
			return choice{}, err
		}
	}
	if len(classes) > 0 {
		if keep == nil {
			keep = map[string]bool{}
			for r := range m.nodes {
				keep[r] = true
			}
		}
		for r := range keep {
			if !classes[m.nodes[r].Class] && !slices.Contains(focus, r) {
				delete(keep, r)
			}
		}
	}
	return choice{keep: keep, focus: focus, events: events, roots: roots, reduced: reduced}, nil
}

func parseClasses(names []string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, name := range names {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		found := false
		for _, c := range vocab.Classes() {
			if strings.EqualFold(name, string(c)) || strings.EqualFold(vocab.Expand(name), string(c.IRI())) {
				out[string(c)], found = true, true
			}
		}
		if !found {
			valid := make([]string, 0, 9)
			for _, c := range vocab.Classes() {
				valid = append(valid, string(c))
			}
			return nil, fmt.Errorf("class %q: %w (known: %s)", name, ErrUnknownClass, strings.Join(valid, ", "))
		}
	}
	return out, nil
}

// resolve finds the nodes named or identified by q among those ok accepts.
func (m *model) resolve(what, q string, ok func(*Node) bool) ([]string, error) {
	iri := vocab.Expand(strings.Trim(q, "<>"))
	if n := m.nodes[iri]; n != nil && ok(n) {
		return []string{iri}, nil
	}
	fq := vocab.Fold(strings.TrimSpace(q))
	var out []string
	for r, n := range m.nodes {
		if !ok(n) {
			continue
		}
		match := vocab.Fold(n.Name) == fq
		for name := range m.names[r] {
			match = match || vocab.Fold(name) == fq
		}
		for _, alt := range m.alts[r] {
			match = match || vocab.Fold(alt) == fq
		}
		if match {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s %q: %w%s", what, q, ErrNotFound, m.closeMatches(fq, ok))
	}
	slices.Sort(out)
	return out, nil
}

// closeMatches lists up to 5 names near fq (containment or small edit distance).
func (m *model) closeMatches(fq string, ok func(*Node) bool) string {
	type cand struct {
		label string
		d     int
	}
	var cands []cand
	seen := map[string]bool{}
	limit := max(2, len([]rune(fq))/3)
	for _, n := range m.nodes {
		if !ok(n) {
			continue
		}
		fn := vocab.Fold(n.Name)
		d := distance(fq, fn)
		if fq != "" && fn != "" && (strings.Contains(fn, fq) || strings.Contains(fq, fn)) {
			d = min(d, 1)
		}
		label := fmt.Sprintf("%q", n.Name)
		if n.Class != "" {
			label += " (" + n.Class + ")"
		}
		if d <= limit && !seen[label] {
			seen[label] = true
			cands = append(cands, cand{label, d})
		}
	}
	if len(cands) == 0 {
		return "; no close matches"
	}
	slices.SortFunc(cands, func(a, b cand) int { return cmp.Or(cmp.Compare(a.d, b.d), strings.Compare(a.label, b.label)) })
	var labels []string
	for i := 0; i < len(cands) && i < 5; i++ {
		labels = append(labels, cands[i].label)
	}
	return "; close matches: " + strings.Join(labels, ", ")
}

// distance is the Levenshtein distance between a and b in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c = 1 + min(prev[j-1], prev[j], cur[j-1])
			}
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// eventSet returns the event nodes, everything under them by superEvent
// chains, the performers of those, and (withPosts) the posts about the events.
func (m *model) eventSet(events []string, withPosts bool) map[string]bool {
	keep := map[string]bool{}
	queue := slices.Clone(events)
	for _, e := range events {
		keep[e] = true
	}
	for len(queue) > 0 {
		r := queue[0]
		queue = queue[1:]
		for _, e := range m.in[r] {
			if e.Predicate == string(vocab.SuperEvent) && !keep[e.From] {
				keep[e.From] = true
				queue = append(queue, e.From)
			}
		}
	}
	for r := range snapshot(keep) {
		for _, e := range m.out[r] {
			if e.Predicate == string(vocab.Performer) {
				keep[e.To] = true
			}
		}
	}
	if !withPosts {
		return keep
	}
	for _, ev := range events {
		for _, e := range m.in[ev] {
			if e.Predicate == string(vocab.About) && m.nodes[e.From].Class == string(vocab.Post) {
				keep[e.From] = true
			}
		}
	}
	return keep
}

// snapshot returns a copy of the keys of keep, so keep can grow while ranging.
func snapshot(keep map[string]bool) map[string]bool {
	out := make(map[string]bool, len(keep))
	for k := range keep {
		out[k] = true
	}
	return out
}

// walk is an undirected breadth-first walk from roots up to depth hops,
// staying inside within when it is not nil. Without withPosts it leaves
// out posts other than the roots (groupPosts counts those next to a root).
func (m *model) walk(ctx context.Context, roots []string, depth int, within map[string]bool, withPosts bool) map[string]bool {
	keep := map[string]bool{}
	frontier := roots
	for _, r := range roots {
		keep[r] = true
	}
	for d := 0; d < depth && len(frontier) > 0 && ctx.Err() == nil; d++ {
		var next []string
		for _, r := range frontier {
			neighbours := m.adjacent[r]
			if d > 0 && m.hub(r) {
				// reached, not walked through; only up to what it is part of
				neighbours = nil
				for _, e := range m.out[r] {
					if e.Predicate == string(vocab.SuperEvent) {
						neighbours = append(neighbours, e.To)
					}
				}
			}
			for _, n := range neighbours {
				if !withPosts && m.nodes[n].Class == string(vocab.Post) {
					continue
				}
				if !keep[n] && (within == nil || within[n]) {
					keep[n] = true
					next = append(next, n)
				}
			}
		}
		frontier = next
	}
	return keep
}

// hubDegree: a node with more neighbours than this is drawn when reached
// but not walked through (a technology every talk is about, a city).
const hubDegree = 25

// hub reports whether a walk stops at r: an edition or track (their
// talks are siblings, not neighbours, of a talk), a post, or any node with
// more than hubDegree neighbours.
func (m *model) hub(r string) bool {
	switch m.nodes[r].Class {
	case string(vocab.Event), string(vocab.Track), string(vocab.Post):
		return true
	}
	return len(m.adjacent[r]) > hubDegree
}

func (m *model) graph(keep map[string]bool, focus []string) *Graph {
	g := &Graph{}
	for r, n := range m.nodes {
		if keep == nil || keep[r] {
			g.Nodes = append(g.Nodes, *n)
		}
	}
	for e := range m.triples {
		if keep == nil || keep[e.From] && keep[e.To] {
			g.Edges = append(g.Edges, e)
		}
	}
	slices.SortFunc(g.Nodes, func(a, b Node) int { return strings.Compare(a.IRI, b.IRI) })
	slices.SortFunc(g.Edges, func(a, b Edge) int {
		return cmp.Or(strings.Compare(a.From, b.From), strings.Compare(a.Predicate, b.Predicate), strings.Compare(a.To, b.To))
	})
	slices.Sort(focus)
	g.Focus = slices.Compact(focus)
	return g
}
