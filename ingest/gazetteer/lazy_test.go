package gazetteer

import (
	"reflect"
	"testing"
)

// TestDefaultLazy: Default decodes an entry from its line when a lookup
// first meets it, into what decoding the files whole gives; a short text
// decodes few entries, and Entries decodes every line of the embedded
// files (so a line that does not decode fails here).
func TestDefaultLazy(t *testing.T) {
	want, _, err := defaultEntries()
	if err != nil {
		t.Fatal(err)
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if g.lazy == nil {
		t.Fatal("Default did not read the index: its entries are decoded at once")
	}
	if len(g.entries) != len(want) {
		t.Fatalf("%d entries, want %d", len(g.entries), len(want))
	}
	ms := g.Find("Jane Quux moved Fooproject from Python to Rust, in Brussels, for the Linux Foundation.")
	if len(ms) == 0 {
		t.Fatal("nothing found")
	}
	decoded := 0
	for i := range g.entries {
		if g.entries[i].Name != "" {
			decoded++
			if !reflect.DeepEqual(g.entries[i], want[i]) {
				t.Fatalf("entry %d = %+v, want %+v", i, g.entries[i], want[i])
			}
		}
	}
	if decoded == 0 || decoded > len(want)/10 {
		t.Errorf("a short text decoded %d of %d entries", decoded, len(want))
	}
	for _, m := range ms {
		if m.Entry == nil || m.Entry.Name == "" {
			t.Errorf("match %q has no decoded entry", m.Surface)
		}
	}
	if e, ok := g.Lookup("python"); !ok || e.Name == "" {
		t.Errorf("Lookup(python) = %+v, %v", e, ok)
	}
	if got := g.Entries(); !reflect.DeepEqual(got, want) {
		t.Error("Entries differs from the files decoded whole")
	}
}
