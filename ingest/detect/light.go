package detect

import (
	"fmt"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/talkgraph/talkgraph/internal/lazyre"
)

var (
	// AsciiDoc: "= Title", "== Section".
	adocHeading = lazyre.New(`^={1,6} \S`)
	// AsciiDoc macros: https://url[text], link:url[text], image::x[alt], xref:x[text].
	adocMacro = lazyre.New(`(?:\b(?:https?|ftp)://[^\s\[\]]+|\blink:[^\s\[\]]+|\bimage::?[^\s\[\]]+|\bxref:[^\s\[\]]+|\bmailto:[^\s\[\]]+)\[[^\]\n]*\]`)
	// AsciiDoc block attribute lines: [source,go], [quote, X], [[anchor]], [NOTE].
	adocBlockAttr = lazyre.New(`^\[(?:\[[\w-]+\]|source(?:,.*)?|quote(?:,.*)?|verse(?:,.*)?|NOTE|TIP|WARNING|IMPORTANT|CAUTION|listing|literal|discrete|abstract|cols=.*|%\w+.*)\]$`)
	// AsciiDoc admonition paragraph.
	adocAdmonition = lazyre.New(`^(?:NOTE|TIP|WARNING|IMPORTANT|CAUTION): \S`)
	// AsciiDoc author line under the title: "Jane Doe <jane@example.org>".
	adocAuthor = lazyre.New(`^[\p{L}][\p{L}.' -]{1,60} <[^<>\s]+@[^<>\s]+>`)
	// AsciiDoc attribute entry ":name: value" (a reStructuredText field too).
	adocAttr = lazyre.New(`^:[\w-]+!?:(?:\s|$)`)
	// Org-mode: "#+TITLE: x", "#+BEGIN_SRC".
	orgKeyword = lazyre.New(`^#\+[A-Za-z_]+:(?:\s|$)`)
	orgBlock   = lazyre.New(`(?i)^\s*#\+begin_\w+`)
	// Org-mode link: [[target][text]], or [[url]] with a URL, file or
	// internal target (so that TOML's [[package]] does not count).
	orgLink = lazyre.New(`\[\[[^\[\]\n]+\]\[[^\[\]\n]+\]\]|\[\[(?:https?:|file:|mailto:|id:|#|\*|\.{0,2}/)[^\[\]\n]*\]\]`)
	// Textile block signatures: "h1. x", "bq. x", "p(class). x", "bc.. x".
	textileBlock = lazyre.New(`^(?:h[1-6]|p|bq|bc|pre|fn\d+)(?:\([^)\n]*\)|\{[^}\n]*\}|\[[a-z-]+\]|[<>=])*\.\.? \S`)
	// Textile link and image: "text":http://url, !image.png(alt)!.
	textileLink  = lazyre.New(`"[^"\n]+":(?:https?://|/|mailto:)\S`)
	textileImage = lazyre.New(`![<>=]?[^\s!()]+\.(?:png|jpe?g|gif|svg|webp)(?:\([^)\n]*\))?!`)
)

// lightScores counts evidence for AsciiDoc, Org-mode and Textile.
type lightScores struct {
	adoc, org, textile int
}

// scoreLight counts, over lines outside fenced code, the constructs only
// AsciiDoc, Org-mode or Textile use. A document title ("= Title", "h1.",
// "#+TITLE:") on the first line counts more.
func scoreLight(text string) lightScores {
	var sc lightScores
	n := 0
	first := true
	inFence := false
	for line := range strings.Lines(text) {
		n++
		if n > 20000 {
			break
		}
		l := clipLine(strings.TrimRight(line, " \t\r\n"))
		if strings.HasPrefix(l, "```") {
			inFence = !inFence
			continue
		}
		if inFence || l == "" {
			continue
		}
		isFirst := first
		first = false
		switch {
		case adocHeading.MatchString(l):
			sc.adoc += 3
			if isFirst && l[1] == ' ' {
				sc.adoc += 3
			}
		case adocBlockAttr.MatchString(l):
			sc.adoc += 2
		case adocAdmonition.MatchString(l):
			sc.adoc++
		case l == "|===" || l == "////" || l == "++++":
			sc.adoc += 2
		case orgKeyword.MatchString(l):
			sc.org += 3
		case orgBlock.MatchString(l):
			sc.org += 3
		case strings.HasPrefix(l, ":PROPERTIES:"):
			sc.org += 3
		case strings.HasPrefix(l, "** ") || strings.HasPrefix(l, "*** "):
			sc.org++
		case textileBlock.MatchString(l):
			sc.textile += 3
			if isFirst && l[0] == 'h' {
				sc.textile += 2
			}
		case adocAuthor.MatchString(l) && n <= 3:
			sc.adoc += 2
		case adocAttr.MatchString(l):
			sc.adoc += 2 // as much as reStructuredText gets for a field
		}
		if strings.Contains(l, "[") {
			if strings.Contains(l, "[[") {
				sc.org += 3 * len(orgLink.FindAllStringIndex(l, 20))
			}
			if strings.Contains(l, "]") {
				sc.adoc += 2 * len(adocMacro.FindAllStringIndex(l, 20))
			}
		}
		if strings.Contains(l, "\":") {
			sc.textile += 2 * len(textileLink.FindAllStringIndex(l, 20))
		}
		if strings.Count(l, "!") >= 2 {
			sc.textile += 2 * len(textileImage.FindAllStringIndex(l, 20))
		}
	}
	return sc
}

// detectLight decides for AsciiDoc, Org-mode or Textile when their evidence
// is strong and outweighs Markdown's and reStructuredText's.
func detectLight(sc scores, lt lightScores) (Result, bool) {
	best, name, score := "", "", 0
	for _, c := range []struct {
		format, name string
		score        int
	}{{AsciiDoc, "AsciiDoc", lt.adoc}, {OrgMode, "Org-mode", lt.org}, {Textile, "Textile", lt.textile}} {
		if c.score > score {
			best, name, score = c.format, c.name, c.score
		}
	}
	if score < 3 {
		return Result{}, false
	}
	if score <= sc.md || score <= sc.rst {
		return Result{}, false
	}
	return Result{best, fmt.Sprintf("%s markup (score %d; Markdown %d, reStructuredText %d)", name, score, sc.md, sc.rst)}, true
}

// nonPostExtensions are extensions of source code, data and configuration
// files: without structural evidence their content is never a post.
var nonPostExtensions = map[string]bool{
	".go": true, ".py": true, ".js": true, ".mjs": true, ".ts": true, ".tsx": true, ".jsx": true,
	".css": true, ".scss": true, ".sass": true, ".less": true, ".c": true, ".h": true, ".cc": true,
	".cpp": true, ".hpp": true, ".java": true, ".kt": true, ".rs": true, ".rb": true, ".php": true,
	".pl": true, ".pm": true, ".sh": true, ".bash": true, ".zsh": true, ".fish": true, ".ps1": true,
	".bat": true, ".cmd": true, ".lua": true, ".swift": true, ".scala": true, ".clj": true, ".hs": true,
	".ml": true, ".ex": true, ".exs": true, ".erl": true, ".r": true, ".jl": true, ".sql": true,
	".cs": true, ".fs": true, ".vb": true, ".dart": true, ".zig": true, ".nim": true, ".v": true,
	".tsv": true, ".csv": true, ".yml": true, ".yaml": true, ".toml": true, ".ini": true, ".cfg": true,
	".conf": true, ".properties": true, ".env": true, ".lock": true, ".sum": true, ".mod": true,
	".log": true, ".diff": true, ".patch": true, ".svg": true, ".map": true, ".tex": true, ".bib": true,
	".make": true, ".mk": true, ".cmake": true, ".gradle": true, ".tf": true, ".nix": true, ".proto": true,
	".ipynb": true, ".srt": true, ".vtt": true, ".ics": true, ".vcf": true, ".pem": true, ".key": true,
	".crt": true, ".pub": true, ".gitignore": true, ".dockerignore": true, ".editorconfig": true,
}

// nonPostNames are base names (upper case, without extension) of files
// that are never posts: licences, project meta files, build files.
var nonPostNames = map[string]bool{
	"LICENSE": true, "LICENCE": true, "COPYING": true, "COPYRIGHT": true, "NOTICE": true, "AUTHORS": true,
	"CONTRIBUTORS": true, "CONTRIBUTING": true, "CHANGELOG": true, "CHANGES": true, "HISTORY": true,
	"README": true, "INSTALL": true, "MAINTAINERS": true, "CODEOWNERS": true, "SECURITY": true,
	"MAKEFILE": true, "DOCKERFILE": true, "VAGRANTFILE": true, "GEMFILE": true, "RAKEFILE": true,
	"PROCFILE": true, "JENKINSFILE": true, "CODE_OF_CONDUCT": true, "UNLICENSE": true, "TODO": true,
}

// nonPostName reports a file name that is never a post (see
// nonPostNames); "LICENSE.txt" and "COPYING.md" count too.
func nonPostName(name string) bool {
	base := strings.ToUpper(path.Base(strings.ReplaceAll(name, `\`, "/")))
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	base = strings.TrimSuffix(strings.TrimSuffix(base, "-MIT"), "-APACHE")
	return nonPostNames[base] || strings.HasPrefix(base, "LICENSE") || strings.HasPrefix(base, "LICENCE")
}

// maxScoredLine is how much of one line the format scorers look at: the
// evidence they count (a heading, a link, a field) shows in its first
// kilobytes, and the regular expressions' cost grows with the line.
const maxScoredLine = 2048

// clipLine cuts l to maxScoredLine bytes (at a rune boundary).
func clipLine(l string) string {
	if len(l) <= maxScoredLine {
		return l
	}
	i := maxScoredLine
	for i > 0 && !utf8.RuneStart(l[i]) {
		i--
	}
	return l[:i]
}
