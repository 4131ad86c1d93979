package lookup

import (
	"context"
	"errors"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// TestResolveExact: an exact name is taken through the index, with the
// same answer as the full search; a name two entities share is still
// ambiguous.
func TestResolveExact(t *testing.T) {
	ctx := context.Background()
	st := nameFixture(t)
	m := vocab.Minter{}
	got, err := Resolve(ctx, st, "FOSDEM 2019", vocab.Event)
	if err != nil || got.IRI != m.Event("FOSDEM", "2019") || !got.Exact() || got.Name != "FOSDEM 2019" {
		t.Errorf("Resolve(FOSDEM 2019) = %+v, %v", got, err)
	}
	if ms, err := exactName(ctx, st, "FOSDEM 2019", vocab.Event); err != nil || len(ms) != 1 {
		t.Errorf("exactName = %v, %v", ms, err)
	}
	if got, err := Resolve(ctx, st, "Python", vocab.Technology); err != nil || got.IRI != m.Technology("Python") {
		t.Errorf("Resolve(Python, Technology) = %+v, %v", got, err)
	}
	var amb *AmbiguousError
	if _, err := Resolve(ctx, st, "Python", ""); !errors.As(err, &amb) || len(amb.Candidates) != 3 {
		t.Errorf("Resolve(Python) = %v, want the three entities named Python", err)
	}
}
