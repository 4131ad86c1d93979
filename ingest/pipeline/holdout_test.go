package pipeline

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The held-out set: real posts with hand-made gold, kept for measurement
// only (see its SOURCES.md). These tests check that the set is well formed;
// they read the golds, never the extraction, and set no quality threshold.
// Its figures come from bench/quality.sh.
var holdoutDir = filepath.Join("..", "extract", "testdata", "holdout")

// TestHoldoutFiles checks that every file of the held-out set is a post with
// a gold beside it (or a gold with its post, or SOURCES.md), and that
// SOURCES.md names every post.
func TestHoldoutFiles(t *testing.T) {
	entries, err := os.ReadDir(holdoutDir)
	if err != nil {
		t.Fatal(err)
	}
	sources, err := os.ReadFile(filepath.Join(holdoutDir, "SOURCES.md"))
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	for _, e := range entries {
		names[e.Name()] = true
	}
	posts := 0
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
			t.Errorf("%s: unexpected directory", name)
		case name == "SOURCES.md":
		case strings.HasSuffix(name, ".gold.json"):
			if !names[strings.TrimSuffix(name, ".gold.json")] {
				t.Errorf("%s: gold without its post", name)
			}
		default:
			posts++
			if !names[name+".gold.json"] {
				t.Errorf("%s: post without %s.gold.json", name, name)
			}
			if !strings.Contains(string(sources), "| "+name+" |") {
				t.Errorf("%s: not listed in SOURCES.md", name)
			}
		}
	}
	if posts == 0 {
		t.Fatalf("%s: no posts", holdoutDir)
	}
}

// holdoutGold is the part of a gold file the well-formedness check reads.
type holdoutGold struct {
	Post string `json:"post"`
	Meta struct {
		Title  *string `json:"title"`
		Format string  `json:"format"`
	} `json:"meta"`
	Entities []struct {
		ID         string    `json:"id"`
		Type       string    `json:"type"`
		Name       string    `json:"name"`
		Aliases    *[]string `json:"aliases"`
		Borderline *bool     `json:"borderline"`
		Evidence   string    `json:"evidence"`
	} `json:"entities"`
	Relations []struct {
		S        string          `json:"s"`
		P        string          `json:"p"`
		O        json.RawMessage `json:"o"`
		Evidence string          `json:"evidence"`
	} `json:"relations"`
	Notes string `json:"notes"`
}

// TestHoldoutGold checks each gold of the held-out set against the
// annotation guidelines' schema: it parses, names its post, has one Post,
// known entity types and predicates, relations between known ids or to
// URLs the post contains, and entity evidence quoted from the post (parts
// separated by "..." each found in it, whitespace squeezed).
func TestHoldoutGold(t *testing.T) {
	posts, err := goldPosts(holdoutDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(posts) == 0 {
		t.Fatalf("%s: no posts with gold", holdoutDir)
	}
	space := strings.NewReplacer("\n", " ", "\t", " ")
	squeeze := func(s string) string { return strings.Join(strings.Fields(space.Replace(s)), " ") }
	types := map[string]bool{"Post": true, "Person": true, "Organization": true, "Event": true, "Talk": true,
		"Track": true, "Project": true, "Technology": true, "Place": true}
	preds := map[string]bool{"author": true, "about": true, "mentions": true, "performer": true, "superEvent": true,
		"track": true, "trackOf": true, "affiliation": true, "location": true, "codeRepository": true, "sameAs": true}
	for _, p := range posts {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p + ".gold.json")
			if err != nil {
				t.Fatal(err)
			}
			var g holdoutGold
			if err := json.Unmarshal(data, &g); err != nil {
				t.Fatal(err)
			}
			if g.Post != filepath.Base(p) {
				t.Errorf("post %q, want %q", g.Post, filepath.Base(p))
			}
			if g.Meta.Title == nil || g.Meta.Format == "" || g.Notes == "" {
				t.Errorf("meta title/format or notes missing")
			}
			post, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			text := squeeze(string(post))
			ids := map[string]bool{}
			nPost := 0
			for _, e := range g.Entities {
				if ids[e.ID] {
					t.Errorf("duplicate id %s", e.ID)
				}
				ids[e.ID] = true
				if !types[e.Type] {
					t.Errorf("%s: unknown type %q", e.ID, e.Type)
				}
				if e.Type == "Post" {
					nPost++
				}
				if e.Name == "" || e.Aliases == nil || e.Borderline == nil || e.Evidence == "" {
					t.Errorf("%s: name, aliases, borderline and evidence are required", e.ID)
				}
				for _, part := range strings.Split(e.Evidence, "...") {
					if part = squeeze(part); part != "" && !strings.Contains(text, part) {
						t.Errorf("%s: evidence not in the post: %q", e.ID, part)
					}
				}
			}
			if nPost != 1 {
				t.Errorf("%d Post entities, want 1", nPost)
			}
			for _, r := range g.Relations {
				if !ids[r.S] || !preds[r.P] {
					t.Errorf("relation %s %s: unknown subject or predicate", r.S, r.P)
				}
				var id string
				var url struct {
					URL string `json:"url"`
				}
				switch {
				case json.Unmarshal(r.O, &id) == nil:
					if !ids[id] {
						t.Errorf("relation %s %s %s: unknown object", r.S, r.P, id)
					}
				case json.Unmarshal(r.O, &url) == nil && url.URL != "":
					if !strings.Contains(string(post), url.URL) {
						t.Errorf("relation %s %s: URL %s not in the post", r.S, r.P, url.URL)
					}
				default:
					t.Errorf("relation %s %s: object is neither an id nor {\"url\": ...}", r.S, r.P)
				}
				if r.Evidence == "" {
					t.Errorf("relation %s %s: no evidence", r.S, r.P)
				}
			}
		})
	}
}

// TestHoldoutScorerReads checks that the shared scorer reads every gold of
// the held-out set (scored against an empty export, so no figure is
// involved). It skips without python3 or ../shared.
func TestHoldoutScorerReads(t *testing.T) {
	if _, err := os.Stat(kgscore); err != nil {
		t.Skip("../shared/tools/kgscore.py not present")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	posts, err := goldPosts(holdoutDir)
	if err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(t.TempDir(), "empty.nq")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := runScorer(python, empty, holdoutDir)
	if err != nil {
		t.Fatal(err)
	}
	if s.Posts != len(posts) {
		t.Errorf("kgscore.py read %d golds, want %d", s.Posts, len(posts))
	}
}
