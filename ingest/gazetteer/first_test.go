package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFirstTableSame checks that the table gives, for every token of the
// dev, dev2, regression and Rust blog posts, the trie node that root.adj
// gives for the folded token (the lookup Find made before): the rest of
// Find is unchanged, so its matches are too.
func TestFirstTableSame(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, p := range []string{"/work/shared/corpus/dev/*.txt", "/work/shared/corpus/dev2/*", "../extract/testdata/regression/*", "/work/shared/data/corpus/rust-blog/*.md"} {
		fs, _ := filepath.Glob(p)
		files = append(files, fs...)
	}
	if len(files) == 0 {
		t.Skip("no posts")
	}
	texts := []string{"Go GO go gO rust Rust RUST the The C++ c++ Node.js node.JS", strings.Repeat("x", 100)}
	for _, f := range files {
		if strings.HasSuffix(f, ".json") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	tokens := 0
	for _, text := range texts {
		for pos := 0; ; {
			ts, te, _, h, ascii := g.nextCandidate(text, pos)
			if ts < 0 {
				break
			}
			pos = te
			if !ascii {
				continue
			}
			tokens++
			tok := text[ts:te]
			if got, want := g.first.lookup(tok, h), g.root.adj[foldKey(tok, nil)]; got != want {
				t.Fatalf("token %q: table node %p, map node %p", tok, got, want)
			}
		}
	}
	t.Logf("%d ASCII tokens of %d texts looked up both ways", tokens, len(texts))
}
