package inputlimit

import (
	"errors"
	"strings"
	"testing"
)

func TestChecks(t *testing.T) {
	tests := []struct {
		name  string
		check func() error
		line  int // 0: must pass
	}{
		{"html shallow", func() error { return HTML([]byte(strings.Repeat("<div><p>x</div>", 1000)), 8) }, 0},
		{"html void and optional-end", func() error { return HTML([]byte(strings.Repeat("<br><li><img src=x><p>", 1000)), 8) }, 0},
		{"html self-closing", func() error { return HTML([]byte(strings.Repeat("<span/>", 100)), 8) }, 0},
		{"html not an element", func() error { return HTML([]byte(strings.Repeat("vector<int> ", 100)), 8) }, 0},
		{"html comment", func() error { return HTML([]byte("<!--"+strings.Repeat("<div>", 100)+"-->"), 8) }, 0},
		{"html script", func() error { return HTML([]byte("<script>"+strings.Repeat("<div>", 100)+"</SCRIPT>"), 8) }, 0},
		{"html deep", func() error { return HTML([]byte("a\n"+strings.Repeat("<div>", 9)), 8) }, 2},
		{"html deep mixed case", func() error { return HTML([]byte(strings.Repeat("<DiV class=a>", 9)), 8) }, 1},
		{"markdown list", func() error { return Markdown([]byte("- a\n  - b\n    - c\n"), 2, 8) }, 0},
		{"markdown markers", func() error { return Markdown([]byte("x\n\n- - - x\n"), 2, 8) }, 3},
		{"markdown thematic break", func() error { return Markdown([]byte("- - - - - - -\n* * * * *\n"), 2, 8) }, 0},
		{"markdown quotes", func() error { return Markdown([]byte("> > > x"), 2, 8) }, 1},
		{"markdown ordered", func() error { return Markdown([]byte("1. 2) 3. x"), 2, 8) }, 1},
		{"markdown numbers are text", func() error { return Markdown([]byte("1.5 2.5 3.5 x"), 2, 8) }, 0},
		{"markdown brackets balanced", func() error { return Markdown([]byte(strings.Repeat("[a](b) ", 100)), 2, 8) }, 0},
		{"markdown brackets reset by blank line", func() error { return Markdown([]byte(strings.Repeat("[[[[\n\n", 10)), 2, 8) }, 0},
		{"markdown brackets deep", func() error { return Markdown([]byte("x\n"+strings.Repeat("[", 9)), 2, 8) }, 2},
		{"markdown brackets across lines", func() error { return Markdown([]byte("a [[[[\nno brackets\nb [[[[[ c\n"), 2, 8) }, 3},
		{"markdown close before open on a line", func() error { return Markdown([]byte("[[[[[[[[\nx ] y [\n"), 2, 8) }, 0},
		{"markdown close then deep", func() error { return Markdown([]byte("[[[[[[[[\nx [ y ]\n"), 2, 8) }, 2},
		{"nesting flat toml", func() error { return Nesting([]byte("a = [1, 2]\nb = {c = 1}\n"), 2, false) }, 0},
		{"nesting toml deep", func() error { return Nesting([]byte("x = {a = {b = {c = 1}}}"), 2, false) }, 1},
		{"nesting strings skipped", func() error { return Nesting([]byte(`a = "[[[[[[" # {{{{{`+"\nb = '[[[['"), 2, false) }, 0},
		{"nesting yaml indentation", func() error { return Nesting([]byte("a:\n b:\n  c:\n   d: 1\n"), 3, true) }, 4},
		{"nesting yaml dedent", func() error { return Nesting([]byte("a:\n b: 1\nc:\n d: 1\n"), 2, true) }, 0},
		{"links", func() error { return LinkCount(11, 10) }, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.check()
			if tt.line == 0 {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			var le *LimitError
			if !errors.As(err, &le) || !errors.Is(err, ErrLimit) {
				t.Fatalf("got %v, want a *LimitError", err)
			}
			if tt.line > 0 && le.Line != tt.line {
				t.Errorf("line %d, want %d (%v)", le.Line, tt.line, err)
			}
			if !strings.Contains(err.Error(), "limit") {
				t.Errorf("message %q does not name the limit", err)
			}
		})
	}
}
