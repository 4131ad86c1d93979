package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// countingCtx is a context that is done after its Err has been asked n times.
type countingCtx struct {
	context.Context
	n, calls int
}

func (c *countingCtx) Err() error {
	c.calls++
	if c.calls > c.n {
		return context.Canceled
	}
	return nil
}

func (c *countingCtx) Done() <-chan struct{} { return nil }

func (c *countingCtx) Deadline() (time.Time, bool) { return time.Time{}, false }

func TestExtractContextStops(t *testing.T) {
	x := newX()
	para := "At FOSDEM 2019 Jane Doe gave a talk about Kubernetes in the Python devroom. John Smith from Acme presented \"Widgets at Scale\" later. "
	d := mkdoc("FOSDEM 2019 notes", strings.Repeat(para, 2000))
	tests := []struct {
		name    string
		ctx     context.Context
		wantErr bool
	}{
		{"background runs to the end", context.Background(), false},
		{"cancelled before", func() context.Context { c, cancel := context.WithCancel(context.Background()); cancel(); return c }(), true},
		{"cancelled inside a rule", &countingCtx{Context: context.Background(), n: 3}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := x.ExtractContext(tt.ctx, d)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err != nil && !errors.Is(err, context.Canceled) {
				t.Errorf("err = %v, want context.Canceled", err)
			}
			if res == nil {
				t.Fatal("nil result")
			}
			if c, ok := tt.ctx.(*countingCtx); ok && c.calls > c.n+1 {
				t.Errorf("ctx asked %d times after it was done", c.calls-c.n)
			}
		})
	}
}

// appendLexicon is lex as an AppendLexicon.
type appendLexicon struct{ fakeLexicon }

func (l appendLexicon) AppendFind(dst []Term, text string, base int) []Term {
	for _, t := range l.Find(text) {
		t.Start += base
		t.End += base
		dst = append(dst, t)
	}
	return dst
}

// TestFindTermsInPieces: the terms of a long text, found piece by piece
// (by Find, or appended by AppendFind), are those of the whole text.
func TestFindTermsInPieces(t *testing.T) {
	tests := []struct {
		name string
		lex  Lexicon
		sep  string
	}{
		{"find paragraphs", lex, "\n\n"},
		{"find spaces", lex, " "},
		{"find sentences", lex, ". "},
		{"append paragraphs", appendLexicon{lex}, "\n\n"},
		{"append spaces", appendLexicon{lex}, " "},
		{"append sentences", appendLexicon{lex}, ". "},
		{"append no terms", appendLexicon{fakeLexicon{}}, ". "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := New(Config{Lexicon: tt.lex, Series: []string{"FOSDEM"}})
			var sb strings.Builder
			for sb.Len() < 3*termChunk {
				sb.WriteString("We deploy Kubernetes and Python in Brussels" + tt.sep)
			}
			text := sb.String()
			b := &builder{x: x, ctx: context.Background()}
			got, want := b.findTerms(text), tt.lex.Find(text)
			if len(got) != len(want) || (got == nil) != (want == nil) {
				t.Fatalf("%d terms in pieces (nil %v), %d whole (nil %v)", len(got), got == nil, len(want), want == nil)
			}
			for i := range got {
				if got[i].Start != want[i].Start || got[i].End != want[i].End || text[got[i].Start:got[i].End] != got[i].Name {
					t.Fatalf("term %d is %+v, want %+v", i, got[i], want[i])
				}
			}
		})
	}
}
