package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// The figures of issue 10 that need more than the generated corpus: the
// SPARQL peer (Oxigraph), start-up against a bare Bolt reader, small
// re-ingests of a real corpus, and an edition's diagram on the store of
// every shipped schedule.

// question is one lookup asked of talkgraph and of the SPARQL peer.
type question struct {
	name, cmd, arg string
	sparql         string
	lookup, wall   time.Duration // talkgraph's medians
	lines          int
	answers        int // the count the command's heading gives ("FOSDEM 2019 <…>: 570")
}

// headCount reads the count at the end of a lookup's first line (-1 if none).
func headCount(out string) int {
	line, _, _ := strings.Cut(out, "\n")
	i := strings.LastIndex(line, ": ")
	if i < 0 {
		return -1
	}
	n, err := strconv.Atoi(strings.TrimSpace(line[i+2:]))
	if err != nil {
		return -1
	}
	return n
}

// speakersSPARQL and talksSPARQL ask what `talkgraph speakers` and `talkgraph
// talks` answer: the edition (or person) by its exact name and class, the
// talks under it or under its tracks, their performers with their names.
// Each hop is a DISTINCT subquery, so that copies of a triple stated by many
// posts are joined once (the fastest form measured over the named graphs).
func speakersSPARQL(event string) string {
	return `PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?p ?name WHERE {
 { SELECT DISTINCT ?p WHERE {
  { SELECT DISTINCT ?talk WHERE {
   { SELECT DISTINCT ?child WHERE {
    { SELECT DISTINCT ?e WHERE { ?e a <https://w3id.org/talkgraph/ns#Event> ; schema:name ` + jsonQuote(event) + ` } }
    ?child schema:superEvent ?e } }
   ?talk schema:superEvent? ?child } }
  ?talk schema:performer ?p } }
 ?p schema:name ?name .
} ORDER BY ?name ?p`
}

func talksSPARQL(person string) string {
	return `PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?talk ?title WHERE {
 { SELECT DISTINCT ?talk WHERE {
  { SELECT DISTINCT ?p WHERE { ?p a <https://w3id.org/talkgraph/ns#Person> ; schema:name ` + jsonQuote(person) + ` } }
  ?talk schema:performer ?p } }
 ?talk schema:name ?title .
} ORDER BY ?title ?talk`
}

// jsonQuote quotes s as a SPARQL string literal (JSON escapes are valid ones
// for the names used here).
func jsonQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

type oxResult struct {
	Quads     int     `json:"quads"`
	LoadMS    float64 `json:"load_ms"`
	Questions []struct {
		Name string    `json:"name"`
		MS   []float64 `json:"ms"`
		Rows int       `json:"rows"`
	} `json:"questions"`
}

// oxigraph asks the peer the questions over the export nq in both load
// modes and adds the ratios.
func (b *bencher) oxigraph(ctx context.Context, nq string, qs []question) error {
	if b.o.oxigraph == "" {
		b.notef("Oxigraph: skipped (no -oxigraph module directory)")
		return nil
	}
	var spec []map[string]string
	for _, q := range qs {
		spec = append(spec, map[string]string{"name": q.name, "sparql": q.sparql})
	}
	qfile := filepath.Join(b.o.work, "questions.json")
	data, _ := json.MarshalIndent(spec, "", " ")
	if err := os.WriteFile(qfile, data, 0o644); err != nil {
		return err
	}
	script, err := filepath.Abs(b.o.oxscript)
	if err != nil {
		return err
	}
	for _, mode := range []string{"graphs", "merged"} {
		load := uptime()
		p, err := b.runCmd(ctx, "node", script, b.o.oxigraph, nq, qfile, "3", mode)
		if err != nil {
			return err
		}
		var r oxResult
		if err := json.Unmarshal([]byte(p.stdout), &r); err != nil {
			return fmt.Errorf("oxigraph output %q: %w", tail(p.stdout), err)
		}
		b.notef("Oxigraph 0.5.11 (%s, %s): loaded %d quads in %.0f ms (%.0f quads/s)", mode, loadAvg(load), r.Quads, r.LoadMS, float64(r.Quads)/(r.LoadMS/1000))
		for i, q := range qs {
			if i >= len(r.Questions) {
				break
			}
			oq := r.Questions[i]
			sorted := append([]float64(nil), oq.MS...)
			sort.Float64s(sorted)
			med := sorted[len(sorted)/2]
			ratio := med / (float64(q.lookup.Microseconds()) / 1000)
			wallRatio := med / (float64(q.wall.Microseconds()) / 1000)
			what := "over the export as is (one named graph per post, union queried)"
			target, ok := ">= 10x", ratio >= 10
			if mode == "merged" {
				what = "over the export merged into one graph of distinct triples (labels dropped)"
				target, ok = "", true
			}
			b.add(fmt.Sprintf("1. %s %q: Oxigraph %s / talkgraph lookup", q.cmd, q.arg, what),
				fmt.Sprintf("Oxigraph %.1f ms (median of 3: %s; %d rows) vs talkgraph %s lookup: **%.1fx**; vs the whole CLI run (%s): %.1fx",
					med, msList(oq.MS), oq.Rows, ms(q.lookup), ratio, ms(q.wall), wallRatio),
				target, ok, fmt.Sprintf("node bench/oxigraph.cjs OXIGRAPH export.nq questions.json 3 %s", mode))
			if oq.Rows != q.answers {
				b.notef("Oxigraph %s %s: %d rows, talkgraph answered %d", mode, q.name, oq.Rows, q.answers)
			}
		}
	}
	return nil
}

func msList(xs []float64) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, fmt.Sprintf("%.1f", x))
	}
	return strings.Join(parts, ", ")
}

// medianOf runs a command n times and returns its median wall time.
func (b *bencher) medianOf(ctx context.Context, n int, name string, args ...string) (time.Duration, proc, error) {
	var walls []time.Duration
	var last proc
	for range n {
		p, err := b.runCmd(ctx, name, args...)
		if err != nil {
			return 0, p, err
		}
		walls = append(walls, p.wall)
		last = p
	}
	sort.Slice(walls, func(i, j int) bool { return walls[i] < walls[j] })
	return walls[len(walls)/2], last, nil
}

// startup compares `talkgraph stats` on the README's example graph with
// bench/cmd/boltcount reading the same store's Cayley file.
func (b *bencher) startup(ctx context.Context) error {
	if b.o.examples == "" || b.o.boltcount == "" {
		b.notef("start-up: skipped (no -examples or -boltcount)")
		return nil
	}
	db := filepath.Join(b.o.work, "examples.db")
	os.RemoveAll(db)
	ex := b.o.examples
	if _, err := b.runCmd(ctx, b.o.bin, "--db", db, "-q", "ingest", filepath.Join(ex, "posts"), filepath.Join(ex, "schedules")); err != nil {
		return err
	}
	const n = 9
	load := uptime()
	// alternate to spread the load: three blocks of each
	var ours, theirs []time.Duration
	for range 3 {
		d, _, err := b.medianOf(ctx, n/3, b.o.bin, "--db", db, "stats")
		if err != nil {
			return err
		}
		ours = append(ours, d)
		d, _, err = b.medianOf(ctx, n/3, b.o.boltcount, filepath.Join(db, "indexes.bolt"))
		if err != nil {
			return err
		}
		theirs = append(theirs, d)
	}
	sort.Slice(ours, func(i, j int) bool { return ours[i] < ours[j] })
	sort.Slice(theirs, func(i, j int) bool { return theirs[i] < theirs[j] })
	o, t := ours[1], theirs[1]
	ratio := o.Seconds() / t.Seconds()
	b.add("2. start-up: `stats` on the README's example graph / bare Bolt reader",
		fmt.Sprintf("%s vs %s: %.1fx (%s)", ms(o), ms(t), ratio, loadAvg(load)), "<= 4x", ratio <= 4,
		"talkgraph --db EX stats (vs bench/cmd/boltcount EX/indexes.bolt), medians of 3x3 alternating")
	return nil
}

// copyTree copies the regular files under src to dst.
func copyTree(src, dst string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files = append(files, target)
		return os.WriteFile(target, data, 0o644)
	})
	return files, err
}

// smallReingests measures target 3 on a copy of a real corpus: the first
// ingest, an unchanged re-ingest and one changed post, through the CLI.
// settle is how long a fresh copy of a corpus rests before it is ingested.
const settle = 3 * time.Second

func (b *bencher) smallReingests(ctx context.Context) error {
	if b.o.realCorpus == "" {
		b.notef("small re-ingests: skipped (no -corpus)")
		return nil
	}
	dir := filepath.Join(b.o.work, "real")
	os.RemoveAll(dir)
	files, err := copyTree(b.o.realCorpus, dir)
	if err != nil {
		return err
	}
	// A user's posts were written before the ingest; the fresh copy's are
	// not, and ingest's stat cache (as git's index) trusts no file changed
	// in the 2 s before a run. Let the copy settle so that the figures are
	// those of files at rest, as a user's are.
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(settle):
	}
	b.notef("small re-ingests: the copy of the corpus left to settle %v before the first ingest (ingest's stat cache trusts no file changed in the 2 s before a run)", settle)
	db := filepath.Join(b.o.work, "real.db")
	load := uptime()
	firstP, first, err := b.ingestFresh(ctx, db, dir)
	if err != nil {
		return err
	}
	unchanged, _, err := b.medianOf(ctx, 3, b.o.bin, "--db", db, "ingest", dir)
	if err != nil {
		return err
	}
	// one changed post: the largest Markdown file, edited three times
	sort.Strings(files)
	post := ""
	var size int64
	for _, f := range files {
		if st, err := os.Stat(f); err == nil && strings.HasSuffix(f, ".md") && st.Size() > size {
			post, size = f, st.Size()
		}
	}
	body := mustRead(post)
	var walls []time.Duration
	for i := range 3 {
		if err := os.WriteFile(post, []byte(body+fmt.Sprintf("\nUpdated (%d): the slides are online now.\n", i)), 0o644); err != nil {
			return err
		}
		p, err := b.runCmd(ctx, b.o.bin, "--db", db, "ingest", dir)
		if err != nil {
			return err
		}
		r, err := parseIngest(p.stderr)
		if err != nil {
			return err
		}
		if r.replaced != 1 {
			return fmt.Errorf("changed post in %s: want 1 replaced, got %+v", dir, r)
		}
		walls = append(walls, p.wall)
	}
	sort.Slice(walls, func(i, j int) bool { return walls[i] < walls[j] })
	changed := walls[1]
	up := firstP.wall.Seconds() / unchanged.Seconds()
	frac := changed.Seconds() / firstP.wall.Seconds()
	name := filepath.Base(b.o.realCorpus)
	b.notef("%s (%s): %d posts, first ingest %v (%d quads), unchanged %s, one changed post %s", name, loadAvg(load), first.posts,
		firstP.wall.Round(time.Millisecond), first.quadsAdded, ms(unchanged), ms(changed))
	b.add(fmt.Sprintf("3. %s: unchanged re-ingest vs first ingest", name),
		fmt.Sprintf("%s vs %v: %.1fx faster", ms(unchanged), firstP.wall.Round(time.Millisecond), up), ">= 20x", up >= 20,
		"talkgraph --db DB ingest CORPUS (again; median of 3)")
	b.add(fmt.Sprintf("3. %s: one changed post (the whole corpus re-read) vs first ingest", name),
		fmt.Sprintf("%s: 1/%.0f of it", ms(changed), 1/frac), "<= 1/20", frac <= 1.0/20,
		"talkgraph --db DB ingest CORPUS (one file edited; median of 3)")
	return nil
}

// diagram measures an edition's SVG on the store of every shipped schedule.
func (b *bencher) diagram(ctx context.Context) error {
	if b.o.schedules == "" {
		b.notef("diagram: skipped (no -schedules)")
		return nil
	}
	scheds, err := filepath.Glob(filepath.Join(b.o.schedules, "fosdem-*.xml"))
	if err != nil || len(scheds) == 0 {
		return fmt.Errorf("no fosdem-*.xml in %s", b.o.schedules)
	}
	db := filepath.Join(b.o.work, "years.db")
	os.RemoveAll(db)
	if _, err := b.runCmd(ctx, b.o.bin, append([]string{"--db", db, "-q", "ingest"}, scheds...)...); err != nil {
		return err
	}
	svg := filepath.Join(b.o.work, "edition.svg")
	load := uptime()
	d, p, err := b.medianOf(ctx, 3, b.o.bin, "--db", db, "export", "--format", "svg", "--event", "FOSDEM 2019", "-o", svg)
	if err != nil {
		return err
	}
	st, _ := os.Stat(svg)
	kb := int64(0)
	if st != nil {
		kb = st.Size() >> 10
	}
	b.add(fmt.Sprintf("6. diagram of FOSDEM 2019 on the store of %d schedules", len(scheds)),
		fmt.Sprintf("%s (%d KB SVG, peak RSS %.0f MB, %s)", ms(d), kb, mb(p.maxRSS), loadAvg(load)), "<= 2 s", d <= 2*time.Second,
		`talkgraph --db DB export --format svg --event "FOSDEM 2019" -o x.svg (median of 3)`)
	return nil
}
