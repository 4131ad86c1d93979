package textfix

import (
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
)

func TestMojibake(t *testing.T) {
	f := New()
	tests := []struct{ name, in, want string }{
		{"mac roman dash", "FOSDEM 2019‚Ää‚Äî‚ÄäWhy", "FOSDEM 2019\u200a—\u200aWhy"},
		{"mac roman apostrophe", "Mozilla‚Äôs research", "Mozilla’s research"},
		{"mac roman quotes", "‚ÄúMaking your Python code‚Äù", "“Making your Python code”"},
		{"cp1252 apostrophe", "don’t", "don’t"},
		{"cp1252 accent", "Ã©tÃ©", "été"},
		{"cp1252 with C1 control", "Ã\u0081", "Á"},
		{"correct accents kept", "Gülçin Yildirim, Saúl, Iñaki", "Gülçin Yildirim, Saúl, Iñaki"},
		{"correct cjk kept", "日本語のテキスト", "日本語のテキスト"},
		{"emoji kept", "fun 😃 times", "fun 😃 times"},
		{"ascii", "plain text", "plain text"},
		{"mac roman emoji", "talks ‚Äî ‚õÑÔ∏è", "talks — ⛄️"},
		{"lost lead byte left alone", "üêç", "üêç"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := f.Mojibake(tt.in); got != tt.want {
				t.Errorf("Mojibake(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStripTemplateTags(t *testing.T) {
	tests := []struct{ in, want string }{
		{`a {{< youtube id="x" >}} b`, "a  b"},
		{`a {{% note %}}inner{{% /note %}} b`, "a inner b"},
		{`a {% highlight go %}code{% endhighlight %} b`, "a code b"},
		{`see {{ site.url }}/x`, "see /x"},
		{`no tags { here }`, "no tags { here }"},
	}
	for _, tt := range tests {
		if got := StripTemplateTags(tt.in); got != tt.want {
			t.Errorf("StripTemplateTags(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEntities(t *testing.T) {
	if got := Entities("Tom &amp; Jerry&#8217;s caf&eacute;"); got != "Tom & Jerry’s café" {
		t.Errorf("got %q", got)
	}
}

func FuzzMojibake(f *testing.F) {
	for _, s := range []string{"‚Äô", "Ã©", "Gülçin", "😃", "\xff\xfe", "Ã\u0081"} {
		f.Add(s)
	}
	fx := New()
	f.Fuzz(func(t *testing.T, s string) {
		defer fuzzbudget.Start(t, len(s))()
		out := fx.Mojibake(s)
		if isASCII(s) && out != s {
			t.Fatalf("ascii changed: %q -> %q", s, out)
		}
		_ = StripTemplateTags(s)
	})
}

// TestMojibakeLongMixedRun is what FuzzMojibake found with its budget: a
// long run of non-ASCII characters that re-encodes only in part made
// fixRun try every prefix at every position (1 GB allocated for 3.5 kB).
func TestMojibakeLongMixedRun(t *testing.T) {
	s := "0000¸â\xfe" + strings.Repeat("\x9f", 3490) + "0\x1400"
	defer fuzzbudget.Start(t, len(s))()
	New().Mojibake(s)
}
