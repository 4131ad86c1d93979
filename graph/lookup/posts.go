package lookup

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// PostFilter selects posts; every non-empty field must hold.
type PostFilter struct {
	Author   quad.IRI // written by this person
	About    quad.IRI // reporting on this edition (schema:about)
	Mentions quad.IRI // naming this entity (schema:mentions)
}

// PostInfo is a post with its title, source, date, authors and editions.
type PostInfo struct {
	IRI     quad.IRI `json:"iri"`
	Title   string   `json:"title"`
	Source  string   `json:"source"`         // the path or URL it was read from
	Date    string   `json:"date,omitempty"` // schema:datePublished
	Authors []Entity `json:"authors"`
	About   []Entity `json:"about"`
}

// Posts returns the posts filter selects, sorted by date, then title.
func Posts(ctx context.Context, st *store.Store, filter PostFilter) ([]PostInfo, error) {
	f := ForStore(st)
	posts, err := f.iris(ctx, vocab.Post.IRI(), vocab.Type, true)
	if err != nil {
		return nil, err
	}
	for _, c := range []struct {
		to quad.IRI
		p  quad.IRI
	}{{filter.Author, vocab.Author}, {filter.About, vocab.About}, {filter.Mentions, vocab.Mentions}} {
		if c.to == "" {
			continue
		}
		from, err := f.iris(ctx, c.to, c.p, true)
		if err != nil {
			return nil, err
		}
		posts = intersect(posts, from)
	}
	out := make([]PostInfo, len(posts))
	err = each(ctx, len(posts), func(i int) error {
		p, err := f.postInfo(ctx, posts[i])
		out[i] = p
		return err
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		if out[i].Title != out[j].Title {
			return out[i].Title < out[j].Title
		}
		return out[i].IRI < out[j].IRI
	})
	return out, nil
}

func intersect(a, b []quad.IRI) []quad.IRI {
	in := make(map[quad.IRI]bool, len(b))
	for _, x := range b {
		in[x] = true
	}
	out := a[:0:0]
	for _, x := range a {
		if in[x] {
			out = append(out, x)
		}
	}
	return out
}

func (f *Finder) first(ctx context.Context, node quad.IRI, p quad.IRI) (string, error) {
	vs, err := f.hop(ctx, node, p, false)
	if err != nil || len(vs) == 0 {
		return "", err
	}
	var best string
	for _, v := range vs {
		s, ok := literal(v)
		if !ok {
			s = quad.ToString(v)
		}
		if best == "" || s < best {
			best = s
		}
	}
	return best, nil
}

func (f *Finder) postInfo(ctx context.Context, post quad.IRI) (PostInfo, error) {
	p := PostInfo{IRI: post}
	var err error
	if p.Title, err = f.Name(ctx, post); err != nil {
		return p, err
	}
	if p.Title == "" {
		if p.Title, err = f.first(ctx, post, vocab.Headline); err != nil {
			return p, err
		}
	}
	if p.Source, err = f.first(ctx, post, vocab.Source); err != nil {
		return p, err
	}
	if p.Date, err = f.first(ctx, post, vocab.DatePublished); err != nil {
		return p, err
	}
	for _, x := range []struct {
		pred quad.IRI
		dst  *[]Entity
	}{{vocab.Author, &p.Authors}, {vocab.About, &p.About}} {
		iris, err := f.iris(ctx, post, x.pred, false)
		if err != nil {
			return p, err
		}
		if *x.dst, err = f.named(ctx, iris); err != nil {
			return p, err
		}
	}
	return p, nil
}
