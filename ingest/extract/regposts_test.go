package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// regressionPosts returns the text of every Markdown and reStructuredText
// post of the regression set (testdata/regression), for the differential
// tests that run a cheap check and its pattern over real text.
func regressionPosts(t testing.TB) []string {
	files, _ := filepath.Glob("testdata/regression/*.md")
	rst, _ := filepath.Glob("testdata/regression/*.rst")
	files = append(files, rst...)
	if len(files) == 0 {
		t.Fatal("no regression posts")
	}
	posts := make([]string, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		posts = append(posts, string(data))
	}
	return posts
}
