package htmlpage

import (
	"fmt"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/textfix"
)

// generatedPage is a blog page of about n paragraphs with links, headings,
// lists and images, wrapped in typical page furniture.
func generatedPage(n int) []byte {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><title>Big post | Blog</title>
<meta property="og:title" content="Big post"><meta property="article:published_time" content="2024-02-05">
<script>var a = 1;</script><style>p{}</style></head><body><header><nav><a href="/">Home</a></nav></header><article>`)
	for i := 0; i < n; i++ {
		if i%20 == 0 {
			fmt.Fprintf(&b, "<h2>Section %d</h2>\n", i/20)
		}
		fmt.Fprintf(&b, `<p>Paragraph %d about <a href="https://fosdem.org/2024/schedule/event/talk_%d/">talk number %d</a> by <strong>Speaker %d</strong>, with caf&eacute; &amp; text that goes on for a while to make it a realistic length.</p>`+"\n", i, i, i, i)
		if i%10 == 0 {
			fmt.Fprintf(&b, `<ul><li>item one</li><li><a href="/rel/%d">item two</a></li></ul><figure><img src="/img/%d.png" alt="Photo %d"><figcaption>Caption %d</figcaption></figure>`+"\n", i, i, i, i)
		}
	}
	b.WriteString(`</article><footer>© 2024</footer></body></html>`)
	return []byte(b.String())
}

func TestGeneratedPage(t *testing.T) {
	d, err := Parse("https://blog.example.org/big", generatedPage(500), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
	if d.Title != "Big post" || d.Date != "2024-02-05" || len(d.Sections) != 25 || len(d.Links) < 600 {
		t.Errorf("title %q date %q sections %d links %d", d.Title, d.Date, len(d.Sections), len(d.Links))
	}
}

func BenchmarkParse(b *testing.B) {
	data := generatedPage(2000)
	fx := textfix.New()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("page.html", data, fx); err != nil {
			b.Fatal(err)
		}
	}
}
