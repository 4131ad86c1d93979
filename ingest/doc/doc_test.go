package doc

import "testing"

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		d    Document
		ok   bool
	}{
		{"good link", Document{Text: "see Foo here", Links: []Link{{Anchor: "Foo", URL: "https://x", Start: 4, End: 7}}}, true},
		{"link off by one", Document{Text: "see Foo here", Links: []Link{{Anchor: "Foo", URL: "https://x", Start: 3, End: 6}}}, false},
		{"link past end", Document{Text: "see", Links: []Link{{Anchor: "Foo", Start: 2, End: 9}}}, false},
		{"good heading", Document{Text: "Intro\n\nbody", Sections: []Section{{Heading: "Intro", Level: 1, Start: 0}}}, true},
		{"bad heading", Document{Text: "Intro\n\nbody", Sections: []Section{{Heading: "Intro", Level: 1, Start: 2}}}, false},
		{"good date", Document{Date: "2019-02-03"}, true},
		{"bad date", Document{Date: "2019-2-3"}, false},
		{"bad alt", Document{Text: "ab", Alts: []Span{{Text: "x", Start: 0, End: 1}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.d.Check()
			if (err == nil) != tt.ok {
				t.Fatalf("Check() = %v, want ok=%v", err, tt.ok)
			}
		})
	}
}
