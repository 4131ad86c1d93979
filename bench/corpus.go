package bench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

// QuadsPerPost is the mean number of quads a generated post yields after
// extraction (measured by cmd/tgbench; used to size a corpus).
const QuadsPerPost = 92

// Formats are the post formats Generate writes, in rotation.
var Formats = []string{"md-yaml", "md-toml", "md-json", "md-pelican", "rst-pelican", "rst-nikola", "html", "gemtext", "text"}

// Corpus describes a generated corpus.
type Corpus struct {
	Dir      string
	Files    []string // paths of the posts, in generation order
	Bytes    int64
	ByFormat map[string]int
}

// talkRef is one talk of an edition with its track.
type talkRef struct {
	ed   *schedule.Edition
	talk *schedule.Talk
}

// Generator writes synthetic posts. Build one with NewGenerator.
type Generator struct {
	tracks [][]talkRef // talks grouped by (edition, track), groups of >= 3 talks
	techs  []string    // gazetteer technologies safe to mention
	orgs   []string    // gazetteer organizations
}

// NewGenerator indexes the shipped schedules and the gazetteer.
func NewGenerator() (*Generator, error) {
	ix, err := schedule.Known()
	if err != nil {
		return nil, err
	}
	g := &Generator{}
	for _, key := range ix.Editions() {
		ed, _ := ix.Edition(key)
		byTrack := map[string][]talkRef{}
		var order []string
		for i := range ed.Talks {
			t := &ed.Talks[i]
			if t.Track == "" || len(t.Persons) == 0 || t.Title == "" {
				continue
			}
			if _, ok := byTrack[t.Track]; !ok {
				order = append(order, t.Track)
			}
			byTrack[t.Track] = append(byTrack[t.Track], talkRef{ed, t})
		}
		for _, tr := range order {
			if len(byTrack[tr]) >= 3 {
				g.tracks = append(g.tracks, byTrack[tr])
			}
		}
	}
	if len(g.tracks) == 0 {
		return nil, fmt.Errorf("no schedule tracks with talks in schedule.Known()")
	}
	gz, err := gazetteer.Default()
	if err != nil {
		return nil, err
	}
	for _, e := range gz.Entries() {
		if e.Drop || e.ExactCase || e.NotInitial || len(e.Name) < 3 {
			continue
		}
		switch e.Class {
		case vocab.Technology:
			g.techs = append(g.techs, e.Name)
		case vocab.Organization:
			g.orgs = append(g.orgs, e.Name)
		}
	}
	if len(g.techs) == 0 || len(g.orgs) == 0 {
		return nil, fmt.Errorf("gazetteer has no technologies or organizations")
	}
	return g, nil
}

// Generate writes posts posts into dir (created if needed), deterministically
// for a given seed, spread over sub-directories of 500 files.
func (g *Generator) Generate(ctx context.Context, dir string, posts int, seed uint64) (*Corpus, error) {
	c := &Corpus{Dir: dir, ByFormat: map[string]int{}}
	for i := 0; i < posts; i++ {
		if err := ctx.Err(); err != nil {
			return c, err
		}
		f := Formats[i%len(Formats)]
		name, body := g.Post(i, f, seed)
		p := filepath.Join(dir, fmt.Sprintf("%03d", i/500), name)
		if i%500 == 0 {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return c, err
			}
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			return c, err
		}
		c.Files = append(c.Files, p)
		c.Bytes += int64(len(body))
		c.ByFormat[f]++
	}
	return c, nil
}

// post is what every format renders: a title, metadata and paragraphs
// built from inline pieces.
type post struct {
	title, author, date, slug string
	tags                      []string
	paras                     [][]piece
}

// piece is plain text or a link.
type piece struct{ text, url string }

// Post renders post number i in format f; it returns a file name and the
// content. Equal (i, f, seed) give equal output.
func (g *Generator) Post(i int, f string, seed uint64) (string, string) {
	r := rand.New(rand.NewPCG(seed, uint64(i)))
	group := g.tracks[r.IntN(len(g.tracks))]
	ed := group[0].ed
	track := group[0].talk.Track
	n := 2 + r.IntN(2)
	if n > len(group) {
		n = len(group)
	}
	perm := r.Perm(len(group))[:n]
	other := g.tracks[r.IntN(len(g.tracks))]
	author := other[r.IntN(len(other))].talk.Persons[0].Name
	p := post{
		title:  fmt.Sprintf("%s at %s, part %d", track, ed.Name, i),
		author: author,
		date:   postDate(ed, r),
		slug:   fmt.Sprintf("post-%d", i),
		tags:   []string{"fosdem", strings.ToLower(g.techs[r.IntN(len(g.techs))])},
	}
	trackURL := ""
	if ed.Year != "" && ed.Series == "FOSDEM" {
		trackURL = fmt.Sprintf("https://fosdem.org/%s/schedule/track/%s/", ed.Year, vocab.Slug(track))
	}
	p.paras = append(p.paras, []piece{
		{text: fmt.Sprintf("This year I went to %s in %s and spent most of my time in the ", ed.Name, orDefault(ed.City, "Brussels"))},
		{text: track + " devroom", url: trackURL},
		{text: "."},
	})
	for k, j := range perm {
		t := group[j].talk
		sp := t.Persons[0]
		var para []piece
		switch (k + i) % 4 {
		case 0: // linked speaker and talk
			para = []piece{{text: sp.Name, url: sp.URL}, {text: " gave "}, {text: t.Title, url: t.URL}, {text: "."}}
		case 1: // unlinked, quoted title
			para = []piece{{text: sp.Name + " gave the talk \"" + t.Title + "\"."}}
		case 2: // talk link only, with an organization and a project
			repo := vocab.Slug(strings.Fields(t.Title)[0])
			para = []piece{
				{text: sp.Name + " from " + g.orgs[r.IntN(len(g.orgs))] + " presented "},
				{text: t.Title, url: t.URL},
				{text: ", showing "},
				{text: repo, url: fmt.Sprintf("https://github.com/%s/%s", vocab.Slug(sp.Name), repo)},
				{text: "."},
			}
		default: // speaker link, title unlinked
			para = []piece{{text: sp.Name, url: sp.URL}, {text: " talked about " + t.Title + "."}}
		}
		if len(t.Persons) > 1 && r.IntN(2) == 0 {
			para = append(para, piece{text: " " + t.Persons[1].Name + " co-presented it."})
		}
		if r.IntN(2) == 0 {
			para = append(para, piece{text: fmt.Sprintf(" It was about %s.", g.techs[r.IntN(len(g.techs))])})
		}
		p.paras = append(p.paras, para)
	}
	p.paras = append(p.paras, []piece{{text: fmt.Sprintf("See you next year at %s %d!", ed.Series, atoi(ed.Year)+1)}})
	return render(p, f)
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// postDate is a few days after the edition.
func postDate(ed *schedule.Edition, r *rand.Rand) string {
	if len(ed.End) == 10 {
		return fmt.Sprintf("%s-%02d", ed.End[:7], min(28, atoi(ed.End[8:])+1+r.IntN(5)))
	}
	return fmt.Sprintf("%s-02-%02d", orDefault(ed.Year, "2020"), 8+r.IntN(10))
}

func render(p post, f string) (string, string) {
	var b strings.Builder
	inline := func(link func(piece) string) {
		for _, para := range p.paras {
			for _, x := range para {
				if x.url == "" {
					b.WriteString(x.text)
				} else {
					b.WriteString(link(x))
				}
			}
			b.WriteString("\n\n")
		}
	}
	md := func(x piece) string { return "[" + x.text + "](" + x.url + ")" }
	rst := func(x piece) string { return "`" + x.text + " <" + x.url + ">`_" }
	q := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) }
	switch f {
	case "md-yaml":
		fmt.Fprintf(&b, "---\nlayout: post\ntitle: \"%s\"\ndate: %s 09:00:00 +0100\nauthor: \"%s\"\ntags: [%s]\n---\n\n",
			q(p.title), p.date, q(p.author), strings.Join(p.tags, ", "))
		inline(md)
		return p.slug + ".md", b.String()
	case "md-toml":
		fmt.Fprintf(&b, "+++\ntitle = \"%s\"\ndate = %s\nauthors = [\"%s\"]\ntags = [\"%s\"]\n+++\n\n",
			q(p.title), p.date, q(p.author), strings.Join(p.tags, `", "`))
		inline(md)
		return p.slug + ".md", b.String()
	case "md-json":
		fmt.Fprintf(&b, "{\n  \"title\": \"%s\",\n  \"date\": \"%s\",\n  \"author\": \"%s\",\n  \"tags\": [\"%s\"]\n}\n\n",
			q(p.title), p.date, q(p.author), strings.Join(p.tags, `", "`))
		inline(md)
		return p.slug + ".md", b.String()
	case "md-pelican":
		fmt.Fprintf(&b, "Title: %s\nDate: %s 20:00\nCategory: conferences\nTags: %s\nAuthors: %s\n\n",
			p.title, p.date, strings.Join(p.tags, ", "), p.author)
		inline(md)
		return p.slug + ".md", b.String()
	case "rst-pelican":
		fmt.Fprintf(&b, "%s\n%s\n\n:date: %s 18:30\n:author: %s\n:tags: %s\n\n",
			p.title, strings.Repeat("#", len([]rune(p.title))), p.date, p.author, strings.Join(p.tags, ", "))
		inline(rst)
		return p.slug + ".rst", b.String()
	case "rst-nikola":
		fmt.Fprintf(&b, ".. title: %s\n.. slug: %s\n.. date: %s 10:00:00 UTC+01:00\n.. tags: %s\n.. author: %s\n\n",
			p.title, p.slug, p.date, strings.Join(p.tags, ", "), p.author)
		inline(rst)
		return p.slug + ".rst", b.String()
	case "html":
		esc := func(s string) string {
			return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
		}
		fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>%s | Field Notes</title>\n"+
			"  <meta name=\"author\" content=\"%s\">\n  <meta property=\"article:published_time\" content=\"%sT08:00:00+01:00\">\n"+
			"  <meta name=\"keywords\" content=\"%s\">\n</head>\n<body>\n  <nav><a href=\"/\">Home</a></nav>\n  <article>\n    <h1>%s</h1>\n",
			esc(p.title), esc(p.author), p.date, strings.Join(p.tags, ", "), esc(p.title))
		for _, para := range p.paras {
			b.WriteString("    <p>")
			for _, x := range para {
				if x.url == "" {
					b.WriteString(esc(x.text))
				} else {
					fmt.Fprintf(&b, "<a href=\"%s\">%s</a>", esc(x.url), esc(x.text))
				}
			}
			b.WriteString("</p>\n")
		}
		b.WriteString("  </article>\n  <footer>&copy; Field Notes</footer>\n</body>\n</html>\n")
		return p.slug + ".html", b.String()
	case "gemtext":
		fmt.Fprintf(&b, "# %s\n\n%s\n\n", p.title, p.date)
		var links []piece
		for _, para := range p.paras {
			b.WriteString("* ")
			for _, x := range para {
				b.WriteString(x.text)
				if x.url != "" {
					links = append(links, x)
				}
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
		for _, x := range links {
			fmt.Fprintf(&b, "=> %s %s\n", x.url, x.text)
		}
		return p.slug + ".gmi", b.String()
	default: // text
		fmt.Fprintf(&b, "%s\n%s\n\nby %s\n\n", p.date, p.title, p.author)
		inline(func(x piece) string { return x.text + " (" + x.url + ")" })
		return p.slug + ".txt", b.String()
	}
}
