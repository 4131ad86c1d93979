package pipeline

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/export/nquads"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

// The regression set: real posts with hand-made gold (see its SOURCES.md),
// and the shared scorer that matches gold to a post by the post's file name.
var (
	regressionDir = filepath.Join("..", "extract", "testdata", "regression")
	kgscore       = filepath.Join("..", "..", "..", "shared", "tools", "kgscore.py")
)

// scoreSummary is the part of `kgscore.py --json` this test reads.
type scoreSummary struct {
	Posts      int                  `json:"posts"`
	PostsFound int                  `json:"posts_found"`
	Entity     prf                  `json:"entity"`
	Relation   prf                  `json:"relation"`
	EntityBy   map[string][]float64 `json:"entity_by_type"`
	RelationBy map[string][]float64 `json:"relation_by_pred"`
	BadLines   int                  `json:"bad_nq_lines"`
}

type prf struct {
	P  float64 `json:"p"`
	R  float64 `json:"r"`
	F1 float64 `json:"f1"`
}

// goldPosts lists the posts of dir that have a FILE.gold.json beside them,
// sorted. Only these are ingested: the gold files and SOURCES.md are not posts.
func goldPosts(dir string) ([]string, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	var posts []string
	for _, g := range golds {
		p := strings.TrimSuffix(g, ".gold.json")
		if _, err := os.Stat(p); err != nil {
			return nil, fmt.Errorf("%s: gold without its post: %w", g, err)
		}
		posts = append(posts, p)
	}
	sort.Strings(posts)
	return posts, nil
}

// runScorer runs kgscore.py --json on nq against the golds of dir (only
// the named posts when posts is not empty).
func runScorer(python, nq, dir string, posts ...string) (scoreSummary, error) {
	args := []string{kgscore, "--nq", nq, "--gold", dir, "--json"}
	if len(posts) > 0 {
		args = append(append(args, "--posts"), posts...)
	}
	cmd := exec.Command(python, args...)
	// kgscore.py matches greedily over Python sets: fix the hash seed so
	// the figures do not move between runs.
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	out, err := cmd.Output()
	var s scoreSummary
	if err != nil {
		return s, fmt.Errorf("kgscore.py %s: %w", strings.Join(posts, " "), err)
	}
	if err := json.Unmarshal(out, &s); err != nil {
		return s, fmt.Errorf("kgscore.py output: %w", err)
	}
	return s, nil
}

// floor reads an optional minimum F1 from the environment (empty: none).
func floor(t *testing.T, name string) float64 {
	v := os.Getenv(name)
	if v == "" {
		return -1
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		t.Fatalf("%s=%q: %v", name, v, err)
	}
	return f
}

// TestRegressionQuality ingests the regression posts (with the shipped
// schedules), exports N-Quads and scores them with kgscore.py, logging the
// overall and per-post entity and relation F1. It is a measurement: it skips
// without python3 or ../shared, and fails only when a post cannot be
// ingested or scored, or when TG_REGRESSION_MIN_ENTITY_F1 /
// TG_REGRESSION_MIN_RELATION_F1 are set and not met.
//
//	go test ./ingest/pipeline -run TestRegressionQuality -v
func TestRegressionQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the regression measurement ingests 20 posts with all shipped schedules")
	}
	if _, err := os.Stat(kgscore); err != nil {
		t.Skip("../shared/tools/kgscore.py not present")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	posts, err := goldPosts(regressionDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(posts) == 0 {
		t.Fatalf("%s: no posts with gold", regressionDir)
	}
	ctx := context.Background()
	cfg := newConfig(t, 2)
	if cfg.Known, err = schedule.Known(); err != nil {
		t.Fatal(err)
	}
	rep, err := Run(ctx, cfg, posts)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Failures {
		t.Errorf("ingest: %v", f)
	}
	if rep.Posts != len(posts) {
		t.Errorf("ingested %d posts, want %d", rep.Posts, len(posts))
	}
	nq := filepath.Join(t.TempDir(), "regression.nq")
	if dump := os.Getenv("TG_REGRESSION_NQ"); dump != "" {
		nq = dump
	}
	f, err := os.Create(nq)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	if _, err := nquads.Write(ctx, w, cfg.Store); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	all, err := runScorer(python, nq, regressionDir)
	if err != nil {
		t.Fatal(err)
	}
	if all.BadLines > 0 {
		t.Errorf("kgscore.py could not parse %d exported N-Quads lines", all.BadLines)
	}
	if all.PostsFound != all.Posts || all.Posts != len(posts) {
		t.Errorf("kgscore.py found %d of %d posts in the export (%d gold files)", all.PostsFound, all.Posts, len(posts))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-74s %6s %6s\n", "post", "ent F1", "rel F1")
	for _, p := range posts {
		s, err := runScorer(python, nq, regressionDir, filepath.Base(p))
		if err != nil {
			t.Fatal(err)
		}
		found := ""
		if s.PostsFound == 0 {
			found = "  (post not found in the export)"
		}
		fmt.Fprintf(&b, "%-74s %6.3f %6.3f%s\n", filepath.Base(p), s.Entity.F1, s.Relation.F1, found)
	}
	fmt.Fprintf(&b, "%-74s %6.3f %6.3f\n", fmt.Sprintf("ALL (%d posts)", all.Posts), all.Entity.F1, all.Relation.F1)
	fmt.Fprintf(&b, "entity P %.3f R %.3f; relation P %.3f R %.3f\n", all.Entity.P, all.Entity.R, all.Relation.P, all.Relation.R)
	for _, k := range []string{"Person", "Organization", "Event", "Talk", "Track", "Software", "Place"} {
		if v, ok := all.EntityBy[k]; ok && len(v) >= 6 {
			fmt.Fprintf(&b, "  %-14s P %.3f R %.3f F1 %.3f  (tp %v fp %v fn %v)\n", k, v[0], v[1], v[2], v[3], v[4], v[5])
		}
	}
	for _, k := range []string{"author", "about_event", "performer", "spokeAt", "track", "affiliation", "codeRepository", "location", "sameAs"} {
		if v, ok := all.RelationBy[k]; ok && len(v) >= 6 {
			fmt.Fprintf(&b, "  %-14s P %.3f R %.3f F1 %.3f  (tp %v fp %v fn %v)\n", k, v[0], v[1], v[2], v[3], v[4], v[5])
		}
	}
	t.Logf("regression set, kgscore.py:\n%s", b.String())
	if min := floor(t, "TG_REGRESSION_MIN_ENTITY_F1"); min >= 0 && all.Entity.F1 < min {
		t.Errorf("entity F1 %.3f < TG_REGRESSION_MIN_ENTITY_F1 %.3f", all.Entity.F1, min)
	}
	if min := floor(t, "TG_REGRESSION_MIN_RELATION_F1"); min >= 0 && all.Relation.F1 < min {
		t.Errorf("relation F1 %.3f < TG_REGRESSION_MIN_RELATION_F1 %.3f", all.Relation.F1, min)
	}
}

// TestRegressionGold checks the regression set itself: every gold file names
// its post, has the dev2 schema, exactly one Post, unique ids, relations
// between known ids, and evidence quoted from the post.
func TestRegressionGold(t *testing.T) { checkGoldSet(t, regressionDir) }

// checkGoldSet checks every gold file of dir (the regression or the
// held-out set) against the annotation guidelines' schema.
func checkGoldSet(t *testing.T, dir string) {
	posts, err := goldPosts(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(posts) == 0 {
		t.Fatalf("%s: no posts with gold", dir)
	}
	space := strings.NewReplacer("\n", " ", "\t", " ")
	squeeze := func(s string) string { return strings.Join(strings.Fields(space.Replace(s)), " ") }
	for _, p := range posts {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p + ".gold.json")
			if err != nil {
				t.Fatal(err)
			}
			var g struct {
				Post string `json:"post"`
				Meta struct {
					Title  *string  `json:"title"`
					Date   *string  `json:"date"`
					Tags   []string `json:"tags"`
					Format string   `json:"format"`
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
			types := map[string]bool{"Post": true, "Person": true, "Organization": true, "Event": true, "Talk": true,
				"Track": true, "Project": true, "Technology": true, "Place": true}
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
			preds := map[string]bool{"author": true, "about": true, "mentions": true, "performer": true, "superEvent": true,
				"track": true, "trackOf": true, "affiliation": true, "location": true, "codeRepository": true, "sameAs": true}
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
