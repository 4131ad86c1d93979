package detect

import (
	"bytes"
	"math/rand/v2"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestDetectKeepsNoView checks that no Result shares bytes with the data
// Detect read (it reads them through viewString, without copying): the
// input is overwritten after Detect and the Result must stay as it was.
func TestDetectKeepsNoView(t *testing.T) {
	paths, err := filepath.Glob("testdata/files/*")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)
		want := Detect(name, bytes.Clone(data))
		buf := bytes.Clone(data)
		got := Detect(name, buf)
		for i := range buf {
			buf[i] = '#'
		}
		if got != want {
			t.Errorf("%s: Result changed with its input: %+v, want %+v", name, got, want)
		}
	}
}

// TestBinaryContentWords checks binaryContent's word-at-a-time count
// against a byte loop, on samples of line breaks, tabs, controls and
// letters of every length up to three words and past the 8 kB sample.
func TestBinaryContentWords(t *testing.T) {
	alphabet := []byte{'\n', '\r', '\t', '\f', 0x1b, 0x01, 0x1f, 0x20, 0x7f, 0x80, 0x9f, 0xa0, 'a', 0xff}
	naive := func(data []byte) int {
		ctl := 0
		for _, c := range data[:min(len(data), 8192)] {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
				ctl++
			}
		}
		return ctl
	}
	r := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 20000; n++ {
		size := r.IntN(25)
		if n%1000 == 0 {
			size = 8190 + r.IntN(10)
		}
		data := make([]byte, size)
		for i := range data {
			data[i] = alphabet[r.IntN(len(alphabet))]
		}
		want := naive(data)
		res, bad := binaryContent(data)
		if wantBad := want*10 > min(len(data), 8192); bad != wantBad {
			t.Fatalf("binaryContent(%q) = %v %v, want %d controls", data, res, bad, want)
		}
		if bad && !strings.HasPrefix(res.Reason, strconv.Itoa(want)+" control") {
			t.Fatalf("binaryContent(%q) = %q, want %d controls", data, res.Reason, want)
		}
	}
}

// TestExtensionHTTPNames checks that extension, which parses only names
// starting with http: or https: as URLs, gives what parsing every name
// gave.
func TestExtensionHTTPNames(t *testing.T) {
	old := func(name string) string {
		p := name
		if u, err := url.Parse(name); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
			p = u.Path
		}
		ext := strings.ToLower(path.Ext(p))
		if strings.Trim(ext, ".0123456789") == "" {
			return ""
		}
		return ext
	}
	names := []string{"-", "post.md", "dir/post.MD", "http://example.org/a/post.md?x=1.html", "HTTP://example.org/b.rst",
		"Https://example.org/c.txt#d.md", "http:post.md", "https:a/b.org", "ftp://example.org/e.md", "httpx://example.org/f.md",
		"./http://g.md", " http://example.org/h.md", "http://example.org/v1.2", "http://[::1]/i.adoc", "hTtP://example.org/j%2emd",
		"http", "https:", "http:", "a.tar.gz", "post.", "x/1.2.3"}
	paths, _ := filepath.Glob("testdata/files/*")
	names = append(names, paths...)
	for _, n := range names {
		if got, want := extension(n), old(n); got != want {
			t.Errorf("extension(%q) = %q, want %q", n, got, want)
		}
	}
}
