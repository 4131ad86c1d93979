package badinput

import (
	"fmt"
	"strings"
)

// NestedHTML is an HTML page with n nested <div> elements.
func NestedHTML(n int) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Deep</title></head><body>")
	b.WriteString(strings.Repeat("<div>", n))
	b.WriteString("text")
	b.WriteString(strings.Repeat("</div>", n))
	b.WriteString("</body></html>\n")
	return []byte(b.String())
}

// UnclosedFormatting is an HTML page with n unclosed <b> elements, which
// the HTML5 algorithm reconstructs at every new paragraph.
func UnclosedFormatting(n int) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Bold</title></head><body>")
	for i := 0; i < n; i++ {
		b.WriteString("<b>x")
	}
	b.WriteString("<p>a</p><p>b</p></body></html>\n")
	return []byte(b.String())
}

// ListMarkers is a Markdown post whose one line holds n list markers
// ("- - - …"), a list nested n deep.
func ListMarkers(n int) []byte {
	return []byte("# Lists\n\n" + strings.Repeat("- ", n) + "x\n")
}

// QuoteMarkers is a Markdown post whose one line holds n block-quote
// markers ("> > > …").
func QuoteMarkers(n int) []byte {
	return []byte("# Quotes\n\n" + strings.Repeat("> ", n) + "x\n")
}

// NestedBrackets is a Markdown post with n unclosed "[".
func NestedBrackets(n int) []byte {
	return []byte("# Brackets\n\n" + strings.Repeat("[", n) + "x\n")
}

// NestedEmphasis is a Markdown post with n unclosed "*" runs separated by
// spaces, each a potential emphasis opener.
func NestedEmphasis(n int) []byte {
	return []byte("# Emphasis\n\n" + strings.Repeat("*a ", n) + "\n")
}

// TOMLNested is a Markdown post whose TOML front matter nests n inline
// tables.
func TOMLNested(n int) []byte {
	return []byte("+++\ntitle = \"Deep\"\nx = " + strings.Repeat("{a = ", n) + "1" + strings.Repeat("}", n) + "\n+++\nbody\n")
}

// TOMLArrays is a Markdown post whose TOML front matter nests n arrays.
func TOMLArrays(n int) []byte {
	return []byte("+++\ntitle = \"Deep\"\nx = " + strings.Repeat("[", n) + "1" + strings.Repeat("]", n) + "\n+++\nbody\n")
}

// YAMLNested is a Markdown post whose YAML front matter nests n flow
// sequences.
func YAMLNested(n int) []byte {
	return []byte("---\ntitle: Deep\nx: " + strings.Repeat("[", n) + "1" + strings.Repeat("]", n) + "\n---\nbody\n")
}

// YAMLIndented is a Markdown post whose YAML front matter nests n block
// mappings by indentation.
func YAMLIndented(n int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: Deep\n")
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i))
		b.WriteString("a:\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "b: 1\n---\nbody\n")
	return []byte(b.String())
}

// JSONNested is a Markdown post whose JSON front matter nests n arrays.
func JSONNested(n int) []byte {
	return []byte("{\"title\": \"Deep\", \"x\": " + strings.Repeat("[", n) + "1" + strings.Repeat("]", n) + "}\n\nbody\n")
}

// HugeFrontMatter is a Markdown post whose YAML front matter has size
// bytes of fields.
func HugeFrontMatter(size int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: Big\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "k%d: value number %d\n", i, i)
	}
	b.WriteString("---\nbody\n")
	return []byte(b.String())
}

// ManyLinks is a Markdown post with n links.
func ManyLinks(n int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: Links\ndate: 2031-02-03\n---\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "See [item %d](https://example.org/p/%d) here.\n", i, i)
	}
	return []byte(b.String())
}

// OneLine is a Markdown post of about size bytes on one line: words,
// capitalised names and punctuation but no newline.
func OneLine(size int) []byte {
	var b strings.Builder
	b.WriteString("# One line\n\n")
	words := []string{"the", "talk", "about", "Graph", "Store", "was", "given", "at", "the", "Conference", "by", "Anna", "Example,", "and"}
	for i := 0; b.Len() < size; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
	}
	b.WriteString("\n")
	return []byte(b.String())
}

// PlainOneLine is plain text of about size bytes on one line.
func PlainOneLine(size int) []byte {
	return OneLine(size)[len("# One line\n\n"):]
}

// RunOn is a Markdown post holding one sentence of about size bytes
// (no full stop), with many capitalised words.
func RunOn(size int) []byte {
	var b strings.Builder
	b.WriteString("# Run-on\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "Speaker Name%d talked about Project%d with Someone Else and ", i%97, i%89)
		if i%8 == 7 {
			b.WriteString("\n")
		}
	}
	b.WriteString("\n")
	return []byte(b.String())
}

// Normal is an ordinary Markdown post of about size bytes: paragraphs of
// prose with a few links, the yardstick the suite compares hostile inputs
// with.
func Normal(size int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: A normal post\ndate: 2031-02-03\n---\n# Notes\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "On day %d we went to the hall. The talk about graph storage was good, and the questions after it were better. ", i)
		if i%5 == 4 {
			fmt.Fprintf(&b, "Slides are [online](https://example.org/slides/%d).\n\n", i)
		}
	}
	b.WriteString("\n")
	return []byte(b.String())
}

// NormalHTML is an ordinary HTML page of about size bytes.
func NormalHTML(size int) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>A normal page</title></head><body><article><h1>Notes</h1>")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "<p>On day %d we went to the hall. The talk about <b>graph storage</b> was good, and <a href=\"https://example.org/s/%d\">the slides</a> are up.</p>\n", i, i)
	}
	b.WriteString("</article></body></html>\n")
	return []byte(b.String())
}

// Schedule is a Pentabarf schedule with n events over 2 days and 10 rooms.
func Schedule(n int) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>BadConf 2031</title><city>Ghent</city><start>2031-02-01</start><end>2031-02-02</end></conference>
`)
	perDay := (n + 1) / 2
	id := 0
	for day := 0; day < 2 && id < n; day++ {
		fmt.Fprintf(&b, "  <day index=\"%d\" date=\"2031-02-0%d\">\n", day+1, day+1)
		for room := 0; room < 10 && id < n; room++ {
			fmt.Fprintf(&b, "  <room name=\"R%d\">\n", room)
			for k := 0; k < (perDay+9)/10 && id < n; k++ {
				fmt.Fprintf(&b, `    <event id="%d"><start>%02d:%02d</start><duration>00:25</duration><room>R%d</room><slug>talk-%d</slug>
      <title>Talk number %d about topic %d</title><track>Track %d</track><type>devroom</type>
      <persons><person id="%d">Person Number%d</person><person id="%d">Other Person%d</person></persons></event>
`, id, 9+k%10, k%60, room, id, id, id%50, id%40, 100000+id, id, 200000+id%500, id%500)
				id++
			}
			b.WriteString("  </room>\n")
		}
		b.WriteString("  </day>\n")
	}
	b.WriteString("</schedule>\n")
	return []byte(b.String())
}

// ControlChars is a Markdown post with control characters where detection
// lets them through: escapes in its front matter ("\0" and "\e" in YAML
// strings decode to NUL and ESC), an escape sequence and a bell in its
// text, and a NUL after the first 8 kB that detection samples.
func ControlChars() []byte {
	return []byte("---\ntitle: \"Bad \\0 title \\e[31m red\"\nauthor: \"Ann\\a Bell\"\ndate: 2031-02-03\n---\n# Heading\n\n" +
		"Text with an escape \x1b[2J and a bell \x07 there.\n\n" + strings.Repeat("Some more prose about the day. ", 300) + "\n\nA NUL \x00 late in the post.\n")
}

// NestedLinkBrackets is a Markdown post with n nested, closed brackets
// ("[[[x]]]"), each closing bracket a potential link end.
func NestedLinkBrackets(n int) []byte {
	return []byte("# Brackets\n\n" + strings.Repeat("[", n) + "x" + strings.Repeat("]", n) + "\n")
}

// NestedLinks is a Markdown post with n nested inline links
// ("[[[x](u)](u)](u)").
func NestedLinks(n int) []byte {
	return []byte("# Links\n\n" + strings.Repeat("[", n) + "x" + strings.Repeat("](https://e.org/)", n) + "\n")
}
