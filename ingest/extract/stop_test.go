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

func TestFindTermsInPieces(t *testing.T) {
	x := newX()
	for _, sep := range []string{"\n\n", " ", ". "} {
		var sb strings.Builder
		for sb.Len() < 3*termChunk {
			sb.WriteString("We deploy Kubernetes and Python in Brussels" + sep)
		}
		text := sb.String()
		b := &builder{x: x, ctx: context.Background()}
		got, want := b.findTerms(text), lex.Find(text)
		if len(got) != len(want) {
			t.Fatalf("sep %q: %d terms in pieces, %d whole", sep, len(got), len(want))
		}
		for i := range got {
			if got[i].Start != want[i].Start || got[i].End != want[i].End || text[got[i].Start:got[i].End] != got[i].Name {
				t.Fatalf("sep %q: term %d is %+v, want %+v", sep, i, got[i], want[i])
			}
		}
	}
}
