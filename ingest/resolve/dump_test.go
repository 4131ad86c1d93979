package resolve

import (
	"os"
	"testing"
)

// TestDumpPost prints what the extractor finds in the post named by
// TG_POST (a file path); it is a debugging aid and skips without it.
func TestDumpPost(t *testing.T) {
	p := os.Getenv("TG_POST")
	if p == "" {
		t.Skip("TG_POST not set")
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	d, err := parseFile(p, data)
	if err != nil || d == nil {
		t.Fatalf("%s: parse: %v", p, err)
	}
	r := testResolver(t)
	res := r.x.Extract(d)
	for i, e := range res.Entities {
		t.Logf("E%d %s %q main=%v ed=%d slug=%q repo=%q aliases=%q", i, e.Class, e.Name, e.Main, e.Edition, e.Slug, e.Repo, e.Aliases)
	}
	for _, rl := range res.Relations {
		from := "post"
		if rl.From >= 0 {
			from = res.Entities[rl.From].Name
		}
		t.Logf("R %s(%q, %q) %s", rl.Pred, from, res.Entities[rl.To].Name, rl.Rule)
	}
}
