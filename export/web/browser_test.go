package web

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromium finds Debian's chromium (or $TALKGRAPH_CHROMIUM). Without one
// the browser tests skip, unless TALKGRAPH_REQUIRE_CHROMIUM=1 (.ci/run
// installs chromium and sets it).
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("TALKGRAPH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("TALKGRAPH_REQUIRE_CHROMIUM") == "1" {
		t.Fatal("chromium not found and TALKGRAPH_REQUIRE_CHROMIUM=1 (apt-get install chromium)")
	}
	t.Skip("chromium not installed")
	return ""
}

// headless runs chromium on url with extra flags and returns stdout.
func headless(t *testing.T, bin, url string, flags ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=5000"}, flags...)
	cmd := exec.CommandContext(ctx, bin, append(args, url)...)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", url, err, stderr.String())
	}
	return out.String()
}

var hrefRe = regexp.MustCompile(`<ol class="hits"><li><a href="([^"]+)"`)

// TestBrowser loads the home page in a real headless Chromium, searches
// (the search form is a GET to /search with q), opens the first hit's
// entity page and checks that its facts and the diagram's SVG are in the
// DOM, and that the zoom script ran on it.
func TestBrowser(t *testing.T) {
	bin := chromium(t)
	_, ts := testServer(t, examplesStore(t))
	home := headless(t, bin, ts.URL+"/", "--dump-dom")
	for _, want := range []string{`<form class="search" action="/search" method="get"`, `name="q"`, "FOSDEM 2020", "Editions"} {
		if !strings.Contains(home, want) {
			t.Fatalf("home DOM lacks %q:\n%.1000s", want, home)
		}
	}
	search := headless(t, bin, ts.URL+"/search?q=czanik", "--dump-dom")
	m := hrefRe.FindStringSubmatch(search)
	if m == nil {
		t.Fatalf("search DOM has no hit:\n%.1500s", search)
	}
	page := headless(t, bin, ts.URL+m[1], "--dump-dom")
	for _, want := range []string{"Peter Czanik", "Facts, by where they come from", "confidence", "rule <code>",
		`<div class="zoom js" id="diagram">`, `tabindex="0"`, "<title>", `href="/id/`} {
		if !strings.Contains(page, want) {
			t.Errorf("entity DOM lacks %q", want)
		}
	}
	if i := strings.Index(page, `id="diagram"`); i < 0 || !strings.Contains(page[i:], "</svg>") || !strings.Contains(page[i:], "<text") {
		t.Error("diagram SVG not in the DOM")
	}
}

// blank reports whether a screenshot is (nearly) one colour: fewer than 1%
// of pixels differ from the most common one, or fewer than 16 colours.
func blank(img image.Image) (bool, float64, int) {
	counts := map[[3]uint32]int{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			counts[[3]uint32{r >> 10, g >> 10, bl >> 10}]++
		}
	}
	total, top := 0, 0
	for _, n := range counts {
		total += n
		top = max(top, n)
	}
	other := float64(total-top) / float64(total)
	return other < 0.01 || len(counts) < 16, other, len(counts)
}

func screenshot(t *testing.T, bin, url string) image.Image {
	t.Helper()
	path := filepath.Join(t.TempDir(), "shot.png")
	headless(t, bin, url, "--hide-scrollbars", "--window-size=1200,1400", "--screenshot="+path)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// TestScreenshotNotBlank fails if an entity page renders blank; a blank
// page is checked too, so the check is known to catch one.
func TestScreenshotNotBlank(t *testing.T) {
	bin := chromium(t)
	_, ts := testServer(t, examplesStore(t))
	if isBlank, other, colours := blank(screenshot(t, bin, "about:blank")); !isBlank {
		t.Fatalf("about:blank not seen as blank (%.3f other, %d colours): the check cannot fail", other, colours)
	}
	for _, p := range []string{"/", peter, ev20} {
		img := screenshot(t, bin, ts.URL+p)
		if isBlank, other, colours := blank(img); isBlank {
			t.Errorf("%s renders blank: %.3f of pixels differ from the background, %d colours", p, other, colours)
		} else {
			t.Logf("%s: %.3f non-background, %d colours", p, other, colours)
		}
	}
}
