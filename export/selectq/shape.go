package selectq

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// This file shapes a selection for reading: a person's neighbourhood, posts
// grouped into one node, an edition too large collapsed to its tracks, and
// talks drawn inside their tracks.

func (m *model) allOf(iris []string, c vocab.Class) bool {
	for _, r := range iris {
		if m.nodes[r] == nil || m.nodes[r].Class != string(c) {
			return false
		}
	}
	return len(iris) > 0
}

func (m *model) classIs(r string, c vocab.Class) bool {
	return m.nodes[r] != nil && m.nodes[r].Class == string(c)
}

// personSet is a person's neighbourhood: their talks, each talk's track and
// edition and co-speakers, and their affiliations (posts are grouped later).
func (m *model) personSet(people []string, within map[string]bool) map[string]bool {
	keep := map[string]bool{}
	add := func(r string) {
		if within == nil || within[r] {
			keep[r] = true
		}
	}
	for _, p := range people {
		keep[p] = true
		for _, e := range m.in[p] {
			if e.Predicate != string(vocab.Performer) || !m.classIs(e.From, vocab.Talk) {
				continue
			}
			talk := e.From
			add(talk)
			for _, co := range m.out[talk] {
				if co.Predicate == string(vocab.Performer) {
					add(co.To)
				}
			}
			for _, up := range m.out[talk] {
				if up.Predicate != string(vocab.SuperEvent) {
					continue
				}
				add(up.To)
				for _, up2 := range m.out[up.To] {
					if up2.Predicate == string(vocab.SuperEvent) {
						add(up2.To)
					}
				}
			}
		}
		for _, e := range m.out[p] {
			if e.Predicate == string(vocab.Affiliation) {
				add(e.To)
			}
		}
	}
	return keep
}

// groupLabel names a group of n posts linked to an entity by pred.
func groupLabel(pred string, n int) string {
	posts := "posts"
	if n == 1 {
		posts = "post"
	}
	switch pred {
	case string(vocab.Mentions):
		return fmt.Sprintf("mentioned in %d %s", n, posts)
	case string(vocab.Author):
		return fmt.Sprintf("wrote %d %s", n, posts)
	case string(vocab.About):
		return fmt.Sprintf("%d %s about it", n, posts)
	}
	return fmt.Sprintf("%d %s (%s)", n, posts, localName(pred))
}

// groupPosts adds, for each root, one node per predicate standing for the
// posts linked to it that way (posts that are roots or selected stay).
func (m *model) groupPosts(g *Graph, roots []string) {
	selected := map[string]bool{}
	for _, n := range g.Nodes {
		selected[n.IRI] = true
	}
	for _, r := range roots {
		byPred := map[string]map[string]bool{}
		for _, e := range m.in[r] {
			if selected[e.From] || !m.classIs(e.From, vocab.Post) {
				continue
			}
			if byPred[e.Predicate] == nil {
				byPred[e.Predicate] = map[string]bool{}
			}
			byPred[e.Predicate][e.From] = true
		}
		for pred, posts := range byPred {
			id := GroupPrefix + localName(pred) + ":" + r
			g.Nodes = append(g.Nodes, Node{IRI: id, Class: string(vocab.Post), Name: groupLabel(pred, len(posts)), Count: len(posts), Of: r})
			g.Edges = append(g.Edges, Edge{From: id, To: r, Predicate: pred})
		}
	}
	g.sort()
}

func (g *Graph) sort() {
	slices.SortFunc(g.Nodes, func(a, b Node) int { return strings.Compare(a.IRI, b.IRI) })
	slices.SortFunc(g.Edges, func(a, b Edge) int {
		return cmp.Or(strings.Compare(a.From, b.From), strings.Compare(a.Predicate, b.Predicate), strings.Compare(a.To, b.To))
	})
}

// collapseTracks replaces each track of the events, with its talks and the
// speakers found only there, by one node counting them. Talks outside
// tracks stay as they are.
func (m *model) collapseTracks(g *Graph, events []string) {
	g.Collapsed = true
	isEvent := map[string]bool{}
	for _, e := range events {
		isEvent[e] = true
	}
	selected := map[string]*Node{}
	for i := range g.Nodes {
		selected[g.Nodes[i].IRI] = &g.Nodes[i]
	}
	drop := map[string]bool{}
	trackOf := map[string]string{} // talk -> its track
	for _, e := range g.Edges {
		if e.Predicate == string(vocab.SuperEvent) && m.classIs(e.To, vocab.Track) && m.classIs(e.From, vocab.Talk) {
			trackOf[e.From] = e.To
		}
	}
	talks := map[string]int{}
	speakers := map[string]map[string]bool{}
	for talk, tr := range trackOf {
		talks[tr]++
		drop[talk] = true
		for _, e := range m.out[talk] {
			if e.Predicate == string(vocab.Performer) && selected[e.To] != nil {
				if speakers[tr] == nil {
					speakers[tr] = map[string]bool{}
				}
				speakers[tr][e.To] = true
			}
		}
	}
	// a speaker goes with the tracks unless a talk outside tracks keeps them
	for _, sp := range speakers {
		for p := range sp {
			drop[p] = true
		}
	}
	for _, e := range g.Edges {
		if e.Predicate == string(vocab.Performer) && !drop[e.From] && selected[e.From] != nil {
			delete(drop, e.To)
		}
	}
	// the edition is a box around its tracks, drawn as a grid
	up := map[string]string{}
	for _, e := range g.Edges {
		if e.Predicate == string(vocab.SuperEvent) && talks[e.From] > 0 && isEvent[e.To] {
			up[e.From] = e.To
		}
	}
	var nodes []Node
	for _, n := range g.Nodes {
		if drop[n.IRI] {
			continue
		}
		if isEvent[n.IRI] {
			g.Clusters = append(g.Clusters, n)
			continue
		}
		if c := talks[n.IRI]; c > 0 {
			n.Count = c
			n.Note = plural(c, "talk") + ", " + plural(len(speakers[n.IRI]), "speaker")
			n.Cluster = up[n.IRI]
		}
		nodes = append(nodes, n)
	}
	var edges []Edge
	for _, e := range g.Edges {
		if drop[e.From] || drop[e.To] || up[e.From] == e.To && e.Predicate == string(vocab.SuperEvent) {
			continue
		}
		if isEvent[e.From] || isEvent[e.To] {
			edges = append(edges, e) // drawn to the box
			continue
		}
		edges = append(edges, e)
	}
	g.Nodes, g.Edges = nodes, edges
}

// cluster draws each selected track as a box around its selected talks
// and the speakers whose selected talks are all in it. Edges to the track
// are dropped (the box says it); the track's edition is kept in Up.
func (m *model) cluster(g *Graph) {
	idx := map[string]int{}
	for i, n := range g.Nodes {
		idx[n.IRI] = i
	}
	trackOf := map[string]string{}
	for _, e := range g.Edges {
		if e.Predicate != string(vocab.SuperEvent) || !m.classIs(e.From, vocab.Talk) || !m.classIs(e.To, vocab.Track) {
			continue
		}
		if old, ok := trackOf[e.From]; !ok || e.To < old {
			trackOf[e.From] = e.To
		}
	}
	if len(trackOf) == 0 {
		return
	}
	isTrack := map[string]bool{}
	for talk, tr := range trackOf {
		g.Nodes[idx[talk]].Cluster = tr
		isTrack[tr] = true
	}
	// speakers: inside when every selected talk of theirs is in one track
	home := map[string]string{}
	for _, e := range g.Edges {
		if e.Predicate != string(vocab.Performer) {
			continue
		}
		tr := trackOf[e.From]
		if old, ok := home[e.To]; !ok {
			home[e.To] = tr
		} else if old != tr {
			home[e.To] = ""
		}
	}
	for p, tr := range home {
		if tr != "" && !isTrack[p] && g.Nodes[idx[p]].Cluster == "" && !slices.Contains(g.Focus, p) {
			g.Nodes[idx[p]].Cluster = tr
		}
	}
	g.Up = map[string]string{}
	var nodes []Node
	for _, n := range g.Nodes {
		if isTrack[n.IRI] {
			g.Clusters = append(g.Clusters, n)
			continue
		}
		nodes = append(nodes, n)
	}
	var edges []Edge
	for _, e := range g.Edges {
		switch {
		case isTrack[e.From] && e.Predicate == string(vocab.SuperEvent):
			g.Up[e.From] = e.To
		case isTrack[e.To] && e.Predicate == string(vocab.SuperEvent) && trackOf[e.From] == e.To:
		case isTrack[e.From] || isTrack[e.To]:
			// another relation of a track (rare): keep it on the box's first talk
			edges = append(edges, e)
		default:
			edges = append(edges, e)
		}
	}
	g.Nodes, g.Edges = nodes, edges
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
