package textfix

import (
	"regexp"
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
		// a shortcode that links somewhere is the link it states
		{"{{< scene\n  title=\"Unit Tests\"\n  link=\"https://example.org/t/unit/\"\n>}}\ntext{{< /scene >}}", "[Unit Tests](https://example.org/t/unit/)\ntext"},
		{`{{< figure src="a.png" link='https://example.org/x' >}}`, "[https://example.org/x](https://example.org/x)"},
		{`{{< card url="https://example.org/x" caption="[tag] Title" >}}`, `[\[tag\] Title](https://example.org/x)`},
		{`{{< card link="/local/page" title="T" >}}`, ""},
		{`{{< /card link="https://example.org/x" >}}`, ""},
		{`{{ link="https://example.org/x" }}`, ""},
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

// templateTagRE is the regular expression StripTemplateTags implements; the
// tests use it as an oracle.
var templateTagRE = `\{\{[<%][\s\S]{0,1000}?[%>]\}\}|\{%[\s\S]{0,1000}?%\}|\{\{[\s\S]{0,500}?\}\}|\{#[\s\S]{0,1000}?#\}`

func TestStripTemplateTagsMatchesRegexp(t *testing.T) {
	re := regexp.MustCompile(templateTagRE)
	long := strings.Repeat("x", 600)
	for _, in := range []string{
		"{{< a >}}", "{{% a %}}", "{{< a }}", "{{% a %}", "{% a %}", "{{ a }}", "{# a #}", "{{{ a }}}",
		"{{< " + long + " >}}", "{{ " + long + " }}", "{% " + long + long + " %}", "{{ a", "{", "{{", "a{b}c",
		"{{< x {{ y }} >}}", "{% é %}", "{{ \xff }}", "{#}", "{%}", "{{}}", "{{<>}}", "{{%%}}",
		"{{ " + strings.Repeat("é", 499) + " }}", "{{ " + strings.Repeat("é", 500) + " }}",
	} {
		if got, want := StripTemplateTags(in), re.ReplaceAllString(in, ""); got != want {
			t.Errorf("StripTemplateTags(%q) = %q, regexp gives %q", in, got, want)
		}
	}
}

func FuzzStripTemplateTags(f *testing.F) {
	for _, s := range []string{"{{< a >}}", "{% a %} b {% c %}", "{{ x }}", "{# c #}", "{{% a }}"} {
		f.Add(s)
	}
	re := regexp.MustCompile(templateTagRE)
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := StripTemplateTags(s), re.ReplaceAllString(s, ""); got != want {
			t.Fatalf("StripTemplateTags(%q) = %q, regexp gives %q", s, got, want)
		}
	})
}
