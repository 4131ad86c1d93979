package detect

import (
	"bytes"
	"flag"
	"fmt"
	"github.com/talkgraph/talkgraph/internal/fuzzbudget"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/detect.golden")

// TestGolden detects every file under testdata/files and compares the table
// "file<TAB>format<TAB>reason" with testdata/detect.golden.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/files/*")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	sort.Strings(paths)
	var b bytes.Buffer
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		r := Detect(p, data)
		fmt.Fprintf(&b, "%s\t%s\t%s\n", filepath.Base(p), r.Format, r.Reason)
	}
	golden := "testdata/detect.golden"
	if *update {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Errorf("detect table differs from %s; got:\n%s", golden, b.String())
	}
}

// TestDetect pins the decisions that matter, positive and negative.
func TestDetect(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"a.md", "---\ntitle: x\n---\nbody", Markdown},
		{"a.txt", "---\ntitle: x\n---\nbody", Markdown},
		{"a.md", "--- not front matter\n\ntext", Markdown},
		{"a.txt", "---\nno closing fence\n", PlainText},
		{"a.md", "+++\ntitle = 'x'\n+++\n", Markdown},
		{"post", "Title: X\nDate: 2020-01-02\n\n## Intro\n\n[a](b)\n", PelicanMarkdown},
		{"post.txt", "Title: X\nDate: 2020-01-02\n\nwords only\n", PlainText},
		{"post.rst", "Title\n#####\n\n:date: 2020-01-02\n", RST},
		{"post.txt", "Title\n#####\n\n:date: 2020-01-02\n", RST},
		{"post.py", "Title\n#####\n\n:date: 2020-01-02\n", RST},
		{"x.html", "<!doctype html><p>x", HTML},
		{"x.txt", "<html><body>x</body></html>", HTML},
		{"x", "<schedule>\n<conference/></schedule>", PentabarfXML},
		{"x.xml", "<svg xmlns='http://www.w3.org/2000/svg'/>", Unknown},
		{"x.json", `{"schedule":{"conference":{}}}`, FrabJSON},
		{"x.json", `{"generator":{"name":"pretalx"},"schedule":{"conference":{}}}`, PretalxJSON},
		{"x.json", `{"schedule":{}}`, Unknown},
		{"x.json", `[1,2]`, Unknown},
		{"x.md", `{not json`, Markdown},
		{"x.gmi", "# Title\n\nplain line\n", Gemtext},
		{"x", "# Title\n=> https://a.example/ A\n", Gemtext},
		{"x", "# Title\n=> https://a.example/ A\n[md](link)\n", Markdown},
		{"x.txt", "2015-02-04\nFOSDEM 2015\n\nbody\n", PlainText},
		{"x.txt", "just prose", PlainText},
		{"x", "just prose", PlainText},
		{"LICENSE", "Permission is hereby granted", Unknown},
		{"COPYING.md", "GNU GENERAL PUBLIC LICENSE\n\nVersion 3", Unknown},
		{"x.yml", "title: x\nbody: y\n", Unknown},
		{"x.csv", "a,b\n1,2\n", Unknown},
		// AsciiDoc
		{"001_ab.txt", "= FOSDEM 2019\nJane Doe <jane@example.org>\n:date: 2019-02-05\n\nText with https://fosdem.org[FOSDEM].\n", AsciiDoc},
		{"x.txt", "= Title\n:tags: a, b\n:date: 2019-02-05\n:author: X\n\nplain text\n", AsciiDoc},
		{"x", "Notes\n\nSee link:https://fosdem.org/[FOSDEM] and image::a.png[A].\n", AsciiDoc},
		{"x.adoc", "plain words", AsciiDoc},
		{"x.rst", "Title\n=====\n\n:date: 2019-02-05\n:tags: a\n\ntext\n", RST},
		// Org-mode
		{"002_cd.txt", "#+TITLE: FOSDEM\n#+DATE: <2018-02-05 Mon>\n\n* Saturday\nText\n", OrgMode},
		{"x", "* Day one\nSee [[https://fosdem.org][FOSDEM]].\n", OrgMode},
		{"x.md", "# Cargo\n\n    [[package]]\n    name = \"x\"\n\nSee [docs](https://d.example).\n", Markdown},
		{"x.org", "plain words", OrgMode},
		// Textile
		{"003_ef.txt", "h1. FOSDEM 2012\n\nI was at \"FOSDEM\":http://fosdem.org/ again.\n", Textile},
		{"x", "Notes from the camp: \"Ansible\":https://www.ansible.com/ and !pic.png(alt)!\n", Textile},
		{"x.txt", "He said \"hello\": then left.\n", PlainText},
		// feeds and JSON posts
		{"x.txt", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item><title>x</title></item></channel></rss>", Feed},
		{"x", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry/></feed>", Feed},
		{"x.xml", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><item/></rdf:RDF>", Feed},
		{"x.xml", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description/></rdf:RDF>", Unknown},
		{"x.xml", "<feed><food/></feed>", Unknown},
		{"x.json", `{"title": "T", "published_at": "2020-02-03", "body_markdown": "# x"}`, JSONPost},
		{"x.txt", `[{"title": "T", "html": "<p>x</p>"}]`, JSONPost},
		{"x.json", `{"posts": [{"title": "T", "content": "x"}]}`, JSONPost},
		{"x.json", `{"db": [{"data": {"posts": [{"title": "T", "html": "x"}]}}]}`, JSONPost},
		{"x.json", `{"title": "no body"}`, Unknown},
		{"x.json", `{"name": "pkg", "version": "1.0.0"}`, Unknown},
		{"-", "just prose", PlainText},
		{"https://example.org/post", "<html>", HTML},
		{"https://example.org/post.md?x=1", "prose", Markdown},
		{"Rust-1.2", "prose", PlainText},
		{"x.go", "package main\n// # not a heading\n", Unknown},
		{"x.sh", "#!/bin/sh\n# Title\n", Unknown},
		{"x.md", "", Empty},
		{"x.md", " \n\t\n", Empty},
		{"x.md", "a\x00b", Binary},
		{"x.md", "%PDF-1.4 ...", Binary},
		{"x.md", strings.Repeat("\x01\x02", 100), Binary},
		{"x.md", "caf\xe9", NotUTF8},
		{"x.md", "\xff\xfe#\x00", NotUTF8},
		{"x.md", "\xef\xbb\xbf# Title\n\n[a](b)", Markdown},
		{"x.xml", "<?xml version='1.0' encoding='iso-8859-1'?><schedule><conference><title>\xe9</title></conference></schedule>", PentabarfXML},
		{"x.xml", "<?xml version='1.0'?><feed>\xe9</feed>", NotUTF8},
	}
	for _, tt := range tests {
		r := Detect(tt.name, []byte(tt.data))
		if r.Format != tt.want {
			t.Errorf("Detect(%q, %q) = %s (%s), want %s", tt.name, tt.data, r.Format, r.Reason, tt.want)
		}
		if r.Reason == "" {
			t.Errorf("Detect(%q, %q): empty reason", tt.name, tt.data)
		}
	}
}

func TestNotUTF8Reason(t *testing.T) {
	r := Detect("x.txt", []byte("line one\ncaf\xe9 au lait\n"))
	if !strings.Contains(r.Reason, "byte 12 (line 2)") || !strings.Contains(r.Reason, "Windows-1252") {
		t.Errorf("reason %q", r.Reason)
	}
}

// TestSharedCorpus detects the shared sample data when it is present (CI
// checks it out beside the repository).
func TestSharedCorpus(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(root); err != nil {
		t.Skip("shared/ not present")
	}
	check := func(glob, want string) {
		paths, _ := filepath.Glob(filepath.Join(root, glob))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if r := Detect(p, data); r.Format != want {
				t.Errorf("%s: %s (%s), want %s", p, r.Format, r.Reason, want)
			}
		}
	}
	check("data/schedules/fosdem-*.xml", PentabarfXML)
	check("data/schedules/formats/*frab*.json", FrabJSON)
	check("data/schedules/formats/*pretalx*.json", PretalxJSON)
	check("data/schedules/formats/*schema*.json", Unknown)
	check("data/corpus/rust-blog/*.md", Markdown)
	check("data/corpus/rust-blog/*/index.md", Markdown)
	check("corpus/dev/*.gold.json", Unknown)
}

func FuzzDetect(f *testing.F) {
	paths, _ := filepath.Glob("testdata/files/*")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(filepath.Base(p), data)
		}
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		defer fuzzbudget.Start(t, len(name)+len(data))()
		r := Detect(name, data)
		if r.Format == "" || r.Reason == "" {
			t.Fatalf("empty result %+v", r)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	data, err := os.ReadFile("testdata/files/pelican-rst.txt")
	if err != nil {
		b.Fatal(err)
	}
	big := bytes.Repeat(append(data, '\n'), 2000)
	b.SetBytes(int64(len(big)))
	for b.Loop() {
		Detect("x.txt", big)
	}
}

func TestMaybeSchedule(t *testing.T) {
	tests := []struct {
		head string
		want bool
	}{
		{"<?xml version=\"1.0\"?>\n<schedule>\n<conference>", true},
		{"\xef\xbb\xbf  <Schedule version='1'>", true},
		{`{"$schema": "x", "schedule": {"version": "1"`, true},
		{"<!DOCTYPE html><html><body>schedule", false},
		{"---\ntitle: the schedule\n---\n", false},
		{`{"title": "a post", "content": "the schedule was full"`, false},
		{"", false},
	}
	for _, tt := range tests {
		if got := MaybeSchedule([]byte(tt.head)); got != tt.want {
			t.Errorf("MaybeSchedule(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
	// never misses a schedule Detect recognises (the real ones in ../shared when present)
	files, _ := filepath.Glob("testdata/*")
	shared, _ := filepath.Glob("../../../shared/data/schedules/*.xml")
	formats, _ := filepath.Glob("../../../shared/data/schedules/formats/*.json")
	files = append(append(files, shared...), formats...)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		if Detect(f, data).IsSchedule() && !MaybeSchedule(data[:min(len(data), 4096)]) {
			t.Errorf("%s: a schedule MaybeSchedule misses", f)
		}
	}
}
