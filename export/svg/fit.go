package svg

import (
	"bytes"
	"html"
	"math"
	"strconv"
	"strings"

	"github.com/talkgraph/talkgraph/internal/lazyre"
)

// textKey identifies one text of a layout: its anchor (SVG coordinates,
// rounded to 0.01 pt) and its content.
type textKey struct {
	x, y int64
	text string
}

func key(x, y float64, text string) textKey {
	return textKey{int64(math.Round(x * 100)), int64(math.Round(y * 100)), text}
}

var drawAttr = lazyre.New(`_[a-z]*draw_="((?:[^"\\]|\\.)*)"`)

// textWidths reads the width Graphviz gave each text from xdot output
// ("T x y j w n -text" operations in the _*draw_ attributes).
func textWidths(xdot []byte) map[textKey]float64 {
	out := map[textKey]float64{}
	src := strings.ReplaceAll(string(xdot), "\\\n", "") // Graphviz wraps long lines
	for _, m := range drawAttr.FindAllStringSubmatch(src, -1) {
		ops := unescapeDOT(m[1])
		parseOps(ops, func(x, y, w float64, text string) {
			out[key(x, -y, text)] = w
		})
	}
	return out
}

// unescapeDOT undoes DOT string escaping of quotes and backslashes.
func unescapeDOT(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\\') {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// parseOps walks xdot drawing operations, calling fn for each text.
func parseOps(s string, fn func(x, y, w float64, text string)) {
	i := 0
	skipSpace := func() {
		for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') {
			i++
		}
	}
	word := func() string {
		skipSpace()
		j := i
		for i < len(s) && s[i] != ' ' && s[i] != '\n' {
			i++
		}
		return s[j:i]
	}
	num := func() float64 {
		f, _ := strconv.ParseFloat(word(), 64)
		return f
	}
	// str reads "n -bytes"
	str := func() (string, bool) {
		n, err := strconv.Atoi(word())
		skipSpace()
		if err != nil || n < 0 || i >= len(s) || s[i] != '-' || i+1+n > len(s) {
			return "", false
		}
		t := s[i+1 : i+1+n]
		i += 1 + n
		return t, true
	}
	for {
		op := word()
		if op == "" {
			return
		}
		switch op {
		case "E", "e":
			for k := 0; k < 4; k++ {
				num()
			}
		case "P", "p", "L", "B", "b":
			n := int(num())
			for k := 0; k < 2*n && i < len(s); k++ {
				num()
			}
		case "T":
			x, y := num(), num()
			num() // justification
			w := num()
			t, ok := str()
			if !ok {
				return
			}
			fn(x, y, w, t)
		case "F":
			num()
			if _, ok := str(); !ok {
				return
			}
		case "c", "C", "S":
			if _, ok := str(); !ok {
				return
			}
		case "t":
			num()
		case "I":
			for k := 0; k < 4; k++ {
				num()
			}
			if _, ok := str(); !ok {
				return
			}
		default:
			return // unknown operation: stop rather than misread
		}
	}
}

var (
	svgText = lazyre.New(`<text ([^>]*)>([^<]*)</text>`)
	svgX    = lazyre.New(`\bx="(-?[0-9.]+)"`)
	svgY    = lazyre.New(`\by="(-?[0-9.]+)"`)
)

// fitText adds textLength (and lengthAdjust) to every SVG text whose width
// the layout gave, so the viewer's font is fitted to the reserved space.
func fitText(svg []byte, widths map[textKey]float64) []byte {
	if len(widths) == 0 {
		return svg
	}
	return svgText.ReplaceAllFunc(svg, func(m []byte) []byte {
		sub := svgText.FindSubmatch(m)
		attrs, content := sub[1], sub[2]
		xm, ym := svgX.FindSubmatch(attrs), svgY.FindSubmatch(attrs)
		if xm == nil || ym == nil || bytes.Contains(attrs, []byte("textLength")) {
			return m
		}
		x, _ := strconv.ParseFloat(string(xm[1]), 64)
		y, _ := strconv.ParseFloat(string(ym[1]), 64)
		w, ok := widths[key(x, y, html.UnescapeString(string(content)))]
		if !ok || w <= 0 {
			return m
		}
		attrs = bytes.ReplaceAll(attrs, []byte(`font-family="DejaVu Sans"`), []byte(`font-family="DejaVu Sans,Verdana,sans-serif"`))
		var b bytes.Buffer
		b.WriteString("<text ")
		b.Write(attrs)
		b.WriteString(` textLength="` + strconv.FormatFloat(w, 'f', 2, 64) + `" lengthAdjust="spacingAndGlyphs">`)
		b.Write(content)
		b.WriteString("</text>")
		return b.Bytes()
	})
}
