package schedule

import (
	"bytes"
)

// sniffLen is how much of the input Detect looks at.
const sniffLen = 64 << 10

// Detect tells from content whether data is a schedule and in which format:
// "pentabarf-xml", "frab-json" or "pretalx-json". It reads at most the
// first 64 KiB.
func Detect(data []byte) (format string, ok bool) {
	head := data
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if len(trimmed) == 0 {
		return "", false
	}
	switch trimmed[0] {
	case '<':
		i := bytes.Index(trimmed, []byte("<schedule"))
		if i < 0 || i+9 >= len(trimmed) {
			return "", false
		}
		if c := trimmed[i+9]; c != '>' && c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			return "", false
		}
		// Only declarations, comments and white space may come before it.
		if bytes.Contains(trimmed[:i], []byte("<html")) || bytes.Contains(trimmed[:i], []byte("<rss")) {
			return "", false
		}
		if !bytes.Contains(trimmed, []byte("<conference")) && !bytes.Contains(trimmed, []byte("<day")) {
			return "", false
		}
		return FormatPentabarfXML, true
	case '{':
		if !bytes.Contains(trimmed, []byte(`"schedule"`)) || !bytes.Contains(trimmed, []byte(`"conference"`)) {
			return "", false
		}
		lower := bytes.ToLower(trimmed)
		if bytes.Contains(lower, []byte("pretalx")) || bytes.Contains(trimmed, []byte(`"answers"`)) ||
			bytes.Contains(trimmed, []byte(`"code":`)) || bytes.Contains(trimmed, []byte(`"code" :`)) {
			return FormatPretalxJSON, true
		}
		return FormatFrabJSON, true
	}
	return "", false
}
