package detect

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/ingest/metadata"
	"github.com/talkgraph/talkgraph/internal/lazyre"
)

var (
	// Pelican / plain-text header line: "Title: FOSDEM 2019".
	headerLine = lazyre.New(`^([A-Za-z][A-Za-z0-9 _-]{0,29}):(?:\s+(.*))?$`)
	// reStructuredText field: ":date: 2017-02-09".
	rstField = lazyre.New(`^:[A-Za-z][\w .-]{0,40}:(\s|$)`)
	// reStructuredText directive, comment, target or substitution: ".. image::", ".. _x:".
	rstExplicit = lazyre.New(`^\.\.(\s+(\w[\w-]*::|_|\[|\|)|\s*$|\s+\S)`)
	// reStructuredText hyperlink reference: `text <url>`_ or word_.
	rstLink = lazyre.New("`[^`\n]+<[^>\n]+>`__?")
	// Markdown inline link or image: [text](url).
	mdLink = lazyre.New(`\[[^\]\n]*\]\([^)\s]+[^)\n]*\)`)
	// Markdown reference definition: [id]: url.
	mdRefDef = lazyre.New(`^ {0,3}\[[^\]]+\]:\s+\S`)
	// Markdown emphasis: **strong** or __strong__.
	mdStrong = lazyre.New(`\*\*[^*\n]+\*\*|__[^_\n]+__`)
)

// headerKeys are the keys whose presence makes a "Key: value" block a header.
var headerKeys = map[string]bool{"title": true, "date": true}

// scores counts evidence for each text format.
type scores struct {
	md, rst, gem          int
	mdLinks, headings     int
	gemLinks, rstSignals  int
	fences, rstUnderlines int
}

// detectText decides between the text formats.
func detectText(name, ext string, text string) Result {
	extFormat := postExtensions[ext]
	nonPost := nonPostExtensions[ext] || nonPostName(name)

	if r, ok := headerBlock(text, ext); ok && !nonPost {
		return r
	}
	sc := score(text)
	lt := scoreLight(text)

	// reStructuredText with a title and a field list is structural evidence
	// (AsciiDoc and Org-mode attribute lines look like its fields).
	if sc.rst >= 4 && sc.rst > sc.md && max(lt.adoc, lt.org, lt.textile) < sc.rst {
		return Result{RST, fmt.Sprintf("reStructuredText: %d title underlines, %d fields/directives/links", sc.rstUnderlines, sc.rstSignals)}
	}
	if nonPost {
		if nonPostExtensions[ext] {
			return Result{Unknown, fmt.Sprintf("extension %s is not a post format and the content has no front matter or header", ext)}
		}
		return Result{Unknown, "a licence, read-me or project file, not a post"}
	}
	if r, ok := detectLight(sc, lt); ok {
		return r
	}
	if ext == ".gmi" || ext == ".gemini" {
		if sc.mdLinks == 0 && sc.rstSignals == 0 {
			return Result{Gemtext, "Gemtext (" + ext + " extension)"}
		}
	}
	if sc.gemLinks > 0 && sc.mdLinks == 0 && sc.rstSignals == 0 && sc.gemLinks*2 >= sc.md {
		return Result{Gemtext, fmt.Sprintf("Gemtext: %d => link lines, no Markdown links", sc.gemLinks)}
	}
	switch {
	case sc.rst > sc.md:
		return Result{RST, fmt.Sprintf("reStructuredText: %d title underlines, %d fields/directives/links", sc.rstUnderlines, sc.rstSignals)}
	case sc.md > sc.rst && sc.md >= 2:
		return Result{Markdown, fmt.Sprintf("Markdown syntax: %d links, %d headings, %d code fences", sc.mdLinks, sc.headings, sc.fences)}
	}
	// No decisive content: the extension breaks the tie.
	switch extFormat {
	case Markdown, RST, Gemtext, PlainText, HTML, AsciiDoc, OrgMode, Textile:
		return Result{extFormat, fmt.Sprintf("no decisive markup; %s extension", ext)}
	}
	if sc.md > 0 {
		return Result{Markdown, fmt.Sprintf("Markdown syntax: %d links, %d headings", sc.mdLinks, sc.headings)}
	}
	if name == "-" {
		return Result{PlainText, "no markup on standard input"}
	}
	return Result{PlainText, "text with no markup: read as plain text"}
}

// headerBlock recognises a leading block of header lines: Pelican-style
// "Title: …" / "Date: …" lines, or a plain-text export starting with a date
// line and a title line (or a title line and a date line).
func headerBlock(text, ext string) (Result, bool) {
	var lines []string
	for line := range strings.Lines(text) {
		l := strings.TrimRight(line, " \t\r\n")
		if l == "" {
			break
		}
		lines = append(lines, l)
		if len(lines) > 30 {
			return Result{}, false
		}
	}
	if len(lines) == 0 {
		return Result{}, false
	}
	keys, known := 0, 0
	for _, l := range lines {
		if m := headerLine.FindStringSubmatch(l); m != nil {
			keys++
			if headerKeys[strings.ToLower(m[1])] {
				known++
			}
			continue
		}
		if keys > 0 && (l[0] == ' ' || l[0] == '\t') {
			continue // continuation of the previous value
		}
		keys = -1
		break
	}
	body := text
	if i := strings.Index(text, "\n\n"); i >= 0 {
		body = text[i:]
	}
	if keys > 0 && known > 0 {
		sc := score(body)
		switch {
		case ext == ".rst" || ext == ".rest":
			return Result{}, false
		case postExtensions[ext] == Markdown:
			return Result{PelicanMarkdown, "Title:/Date: header lines and a Markdown extension"}, true
		case sc.md >= 2 && sc.md > sc.rst:
			return Result{PelicanMarkdown, "Title:/Date: header lines and Markdown syntax"}, true
		case sc.rst > sc.md && sc.rst >= 2:
			return Result{}, false
		}
		return Result{PlainText, "Title:/Date: header lines, no markup"}, true
	}
	// A short date line next to a title line.
	if len(lines) >= 2 && len(lines) <= 4 {
		for _, i := range []int{0, 1} {
			other := lines[1-i]
			if dateLine(lines[i]) && !dateLine(other) && utf8.RuneCountInString(other) <= 200 && !strings.ContainsAny(other[:1], "#=*<[:`>-+") {
				if postExtensions[ext] == Markdown || postExtensions[ext] == RST {
					return Result{}, false
				}
				return Result{PlainText, "a date line and a title line"}, true
			}
		}
	}
	return Result{}, false
}

// dateLine reports whether l is a date and nothing much else.
func dateLine(l string) bool {
	l = strings.TrimSpace(l)
	if len(l) < 6 || len(l) > 48 || len(strings.Fields(l)) > 6 {
		return false
	}
	return metadata.Date(l) != ""
}

// score counts Markdown, reStructuredText and Gemtext evidence line by line.
func score(text string) scores {
	var sc scores
	var prev string
	inFence := false
	n := 0
	for line := range strings.Lines(text) {
		n++
		if n > 20000 {
			break
		}
		l := clipLine(strings.TrimRight(line, " \t\r\n"))
		if strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~") {
			sc.fences++
			inFence = !inFence
			prev = ""
			continue
		}
		if inFence {
			continue
		}
		switch {
		case strings.HasPrefix(l, "=>"):
			sc.gemLinks++
			sc.gem += 2
		case atxHeading(l):
			sc.headings++
			sc.md++
		case rstField.MatchString(l):
			sc.rstSignals++
			sc.rst += 2
		case rstExplicit.MatchString(l):
			sc.rstSignals++
			sc.rst += 2
		case mdRefDef.MatchString(l):
			sc.md += 2
		}
		if c, ok := adornment(l); ok && prev != "" && !isAdornmentOnly(prev) && utf8.RuneCountInString(l) >= utf8.RuneCountInString(strings.TrimSpace(prev)) {
			sc.rstUnderlines++
			if c == '=' || c == '-' {
				sc.md++ // setext heading, also valid reStructuredText
				sc.rst++
				sc.headings++
			} else {
				sc.rst += 3
			}
		}
		if strings.Contains(l, "](") {
			k := len(mdLink.FindAllStringIndex(l, -1))
			sc.mdLinks += k
			sc.md += 2 * k
		}
		if strings.Contains(l, "**") || strings.Contains(l, "__") {
			if mdStrong.MatchString(l) {
				sc.md++
			}
		}
		if strings.Contains(l, ">`_") {
			k := len(rstLink.FindAllStringIndex(l, -1))
			sc.rstSignals += k
			sc.rst += 2 * k
		}
		prev = l
	}
	if sc.fences >= 2 {
		sc.md += sc.fences / 2
	}
	return sc
}

// atxHeading reports a Markdown/Gemtext "# Heading" line.
func atxHeading(l string) bool {
	i := 0
	for i < len(l) && l[i] == '#' {
		i++
	}
	return i >= 1 && i <= 6 && i < len(l) && l[i] == ' '
}

// adornment reports whether l is a reStructuredText over/underline: three or
// more of the same punctuation character.
func adornment(l string) (byte, bool) {
	if len(l) < 3 {
		return 0, false
	}
	c := l[0]
	if !strings.ContainsRune("=-~^\"'*+#:.`_<>!$%&,;?@|/\\", rune(c)) {
		return 0, false
	}
	for i := 1; i < len(l); i++ {
		if l[i] != c {
			return 0, false
		}
	}
	return c, true
}

func isAdornmentOnly(l string) bool {
	_, ok := adornment(l)
	return ok
}
