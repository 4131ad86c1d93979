package detect

import (
	"bytes"
	"strings"
	"unicode"
)

// MostlyCode reports whether a text file is mostly source code rather than
// prose: at least 70% of its non-blank lines (and at least 10 of them) are
// inside code fences (``` or ~~~), indented code, or lines that end like
// code (';', '{', '}', ')') or start with a keyword of a programming
// language, and fewer than 5 lines are prose (six words or more outside
// code). Directory walks skip such files (a snippet's README, a script
// saved as .txt); a post that shows much code still has its prose.
func MostlyCode(data []byte) bool {
	var lines, code, prose int
	fenced := false
	for pos := 0; pos <= len(data); {
		raw := data[pos:]
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			raw, pos = raw[:i], pos+i+1
		} else {
			pos = len(data) + 1
		}
		line := string(bytes.TrimRight(raw, " \t\r"))
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fenced = !fenced
			lines++
			code++
			continue
		}
		if t == "" {
			continue
		}
		lines++
		if fenced || codeLike(line, t) {
			code++
		} else if atLeastFields(t, 6) {
			if prose++; prose >= 5 {
				return false // prose enough: whatever follows, not mostly code
			}
		}
	}
	return lines >= 10 && code*10 >= lines*7 && prose < 5
}

// atLeastFields reports whether strings.Fields(t) has at least n fields,
// without building them.
func atLeastFields(t string, n int) bool {
	fields, inField := 0, false
	for _, r := range t {
		if unicode.IsSpace(r) {
			inField = false
			continue
		}
		if !inField {
			if fields++; fields >= n {
				return true
			}
			inField = true
		}
	}
	return false
}

var codeStarts = []string{"import ", "package ", "func ", "def ", "class ", "return ", "#include", "var ", "let ",
	"const ", "fn ", "pub ", "use ", "if (", "for (", "while (", "} else", "//", "/*", "* ", "*/", "#!/"}

func codeLike(line, t string) bool {
	if strings.HasPrefix(line, "\t") || strings.HasPrefix(line, "    ") {
		return true
	}
	switch t[len(t)-1] {
	case ';', '{', '}':
		return true
	case ')':
		if !strings.Contains(t, " ") || strings.HasSuffix(t, "()") {
			return true
		}
	}
	for _, s := range codeStarts {
		if strings.HasPrefix(t, s) {
			return true
		}
	}
	return false
}
