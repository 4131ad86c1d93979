package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/internal/rx"
)

// TestRulesPrefilterSame checks that every rule (an rx.Regexp, which skips
// text without the literals its matches need, and runs an end-anchored
// pattern reversed) finds exactly what the plain regexp finds, on the dev, dev2 and regression posts: on each whole dev post,
// each line, and windows before and after every word start, the shapes the
// rules are run on.
func TestRulesPrefilterSame(t *testing.T) {
	var files []string
	for _, g := range []string{"/work/shared/corpus/dev/*.txt", "/work/shared/corpus/dev2/*", "testdata/regression/*"} {
		fs, _ := filepath.Glob(g)
		for _, f := range fs {
			if !strings.HasSuffix(f, ".json") && !strings.HasSuffix(f, "SOURCES.md") {
				files = append(files, f)
			}
		}
	}
	if len(files) == 0 {
		t.Skip("no posts")
	}
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		if strings.Contains(f, "/dev/") { // whole posts are slow for the plain regexps: the dev posts only
			texts = append(texts, s, strings.ToLower(s))
		}
		texts = append(texts, strings.Split(s, "\n")...)
		for i := 1; i < len(s); i++ {
			if s[i-1] == ' ' && i%7 == 0 { // a seventh of the word starts
				texts = append(texts, s[max(0, i-80):i], s[i:min(len(s), i+160)], s[max(0, i-1):min(len(s), i+12)])
			}
		}
	}
	if testing.Short() {
		texts = texts[:len(texts)/8]
	}
	rv := reflect.ValueOf(newRules()).Elem()
	filtered := 0
	for i := 0; i < rv.NumField(); i++ {
		r, ok := reflect.NewAt(rv.Field(i).Type(), rv.Field(i).Addr().UnsafePointer()).Elem().Interface().(*rx.Regexp)
		if !ok {
			continue
		}
		if need, _ := r.Needs(); need != nil {
			filtered++
		}
		std := regexp.MustCompile(r.String())
		name := rv.Type().Field(i).Name
		for _, s := range texts {
			if got, want := r.FindAllStringSubmatchIndex(s, -1), std.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %q: %v, want %v", name, s, got, want)
			}
			// MatchString and FindStringIndex of an end-anchored rule run
			// the reversed pattern on the reversed text
			if got, want := r.MatchString(s), std.MatchString(s); got != want {
				t.Fatalf("%s MatchString(%q) = %v, want %v", name, s, got, want)
			}
			if got, want := r.FindStringIndex(s), std.FindStringIndex(s); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s FindStringIndex(%q) = %v, want %v", name, s, got, want)
			}
		}
	}
	if filtered < 10 {
		t.Errorf("only %d rules have a prefilter", filtered)
	}
	t.Logf("%d texts, %d rules with a prefilter", len(texts), filtered)
}
