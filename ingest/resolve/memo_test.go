package resolve

import (
	"fmt"
	"slices"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// eventKey answers as vocab.EventKey, remembered or not, and remembers
// at most maxEventKeys names.
func TestEventKey(t *testing.T) {
	r := &Resolver{}
	names := [][2]string{{"FOSDEM", "2019"}, {"Foo Conf", ""}, {"  Foo   Conf ", "2021"}, {"Fooconf Ünïcode", "2020"}, {"", ""}}
	for round := 0; round < 2; round++ {
		for _, n := range names {
			if got, want := r.eventKey(n[0], n[1]), vocab.EventKey(n[0], n[1]); got != want {
				t.Errorf("round %d: eventKey(%q, %q) = %q, want %q", round, n[0], n[1], got, want)
			}
		}
	}
	for i := 0; i < maxEventKeys+100; i++ {
		s := fmt.Sprintf("Fooconf %d", i)
		if got, want := r.eventKey(s, "2020"), vocab.EventKey(s, "2020"); got != want {
			t.Fatalf("eventKey(%q) = %q, want %q", s, got, want)
		}
	}
	if n := r.nKeys.Load(); n > maxEventKeys {
		t.Errorf("%d keys remembered, want at most %d", n, maxEventKeys)
	}
	count := 0
	r.eventKeys.Range(func(any, any) bool { count++; return true })
	if count > maxEventKeys {
		t.Errorf("%d keys in the map, want at most %d", count, maxEventKeys)
	}
}

// titleMemo.find answers as FindTalksByTitle, remembered or not (nil memo).
func TestTitleMemo(t *testing.T) {
	r := testResolver(t)
	keys := r.cfg.Schedules.Editions()
	if len(keys) == 0 {
		t.Fatal("no schedules")
	}
	ed, _ := r.cfg.Schedules.Edition(keys[0])
	if len(ed.Talks) < 2 {
		t.Fatalf("edition %s has %d talks", keys[0], len(ed.Talks))
	}
	queries := []string{ed.Talks[0].Title, ed.Talks[1].Title, "no such talk of fooproject", ""}
	m := titleMemo{}
	for round := 0; round < 2; round++ {
		for _, q := range queries {
			want := ed.FindTalksByTitle(q)
			for _, memo := range []titleMemo{m, nil} {
				if got := memo.find(ed, q); !slices.Equal(got, want) {
					t.Errorf("round %d, memo %v: find(%q) = %v, want %v", round, memo != nil, q, got, want)
				}
			}
		}
	}
	if len(m) != len(queries) {
		t.Errorf("memo holds %d titles, want %d", len(m), len(queries))
	}
	if len(ed.FindTalksByTitle(ed.Talks[0].Title)) == 0 {
		t.Errorf("a talk's own title finds no talk")
	}
}
