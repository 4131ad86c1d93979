package main

import (
	"fmt"
	"strings"
	"unicode"
)

// termSafe escapes what a terminal would interpret in text taken from
// posts (names, titles, file names): control characters (ESC sequences,
// newlines, carriage returns, BEL, NUL…), Unicode format characters such
// as bidirectional overrides, and invalid UTF-8, each written as a \x or
// \u escape so the line stays one line and the terminal stays as it was.
func termSafe(s string) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == unicode.ReplacementChar && !strings.HasPrefix(s[i:], "\xef\xbf\xbd"):
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case (r >= 0x80 && r < 0xa0) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029':
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsEscape(s string) bool {
	for i, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029' {
			return true
		}
		if r == unicode.ReplacementChar && !strings.HasPrefix(s[i:], "\xef\xbf\xbd") {
			return true
		}
	}
	return false
}
