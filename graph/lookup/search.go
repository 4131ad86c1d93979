package lookup

import (
	"context"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Hit is one place a text search found its text.
type Hit struct {
	IRI   quad.IRI    `json:"iri"`   // the entity, or the post whose text matched
	Name  string      `json:"name"`  // its name (a post's title)
	Class vocab.Class `json:"class"` // its class
	Field string      `json:"field"` // "name" (names, alternate names and titles) or "text" (a post's sentence)
	Text  string      `json:"text"`  // the name or sentence that matched
	Score int         `json:"score"` // for names, the FindByName score
}

// Search finds text in names, alternate names and titles (as FindByName
// matches them) and in the sentences posts were read from (the evidence of
// every extracted fact, kept in the store's manifest), names first, best
// first. Sentences match when they contain every word of text, ignoring
// case, accents and punctuation.
func Search(ctx context.Context, st *store.Store, text string) ([]Hit, error) {
	ms, err := FindByName(ctx, st, text, "")
	if err != nil {
		return nil, err
	}
	hits := []Hit{}
	for _, m := range ms {
		hits = append(hits, Hit{IRI: m.IRI, Name: m.Name, Class: m.Class(), Field: "name", Text: m.Matched, Score: m.Score})
	}
	qw := strings.Fields(Normalize(text))
	if len(qw) == 0 {
		return hits, nil
	}
	docs, err := st.Docs(ctx)
	if err != nil {
		return nil, err
	}
	f := ForStore(st)
	for _, d := range docs {
		if d.Kind != "post" {
			continue
		}
		_, facts, err := st.Facts(d.Label)
		if err != nil {
			return nil, err
		}
		seen := map[string]bool{}
		var title string
		for _, fc := range facts {
			ev := strings.Join(strings.Fields(fc.Evidence), " ")
			if ev == "" || seen[ev] {
				continue
			}
			seen[ev] = true
			if !matchWords(qw, strings.Fields(Normalize(ev)), strings.HasPrefix) {
				continue
			}
			if title == "" {
				if title, err = f.Name(ctx, d.Label); err != nil {
					return nil, err
				}
			}
			hits = append(hits, Hit{IRI: d.Label, Name: title, Class: vocab.Post, Field: "text", Text: ev})
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	return hits, nil
}
