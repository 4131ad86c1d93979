package detect

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMostlyCode(t *testing.T) {
	code := "```go\n" + strings.Repeat("x := f(y);\n", 12) + "```\nA line of prose.\n"
	goSrc := "package main\n\nimport \"fmt\"\n\nfunc main() {\n" + strings.Repeat("\tfmt.Println(1)\n", 10) + "}\n"
	post := "# Notes from FOSDEM 2020\n\n" + strings.Repeat("I went to a talk about Go and it was good.\n\n", 12) +
		"```\nfmt.Println(1)\nfmt.Println(2)\n```\n"
	for _, tt := range []struct {
		name string
		text string
		want bool
	}{{"fenced", code, true}, {"go", goSrc, true}, {"post", post, false}, {"short", "int x;\n", false},
		{"prose then much code", strings.Repeat("A line of prose with more than six words.\n", 5) + strings.Repeat("x := f(y);\n", 100), false},
		{"four prose lines in much code", strings.Repeat("A line of prose with more than six words.\n", 4) + strings.Repeat("x := f(y);\n", 100), true},
		{"words split by any white space", strings.Repeat("a\u00a0b\u2003c d\te f\n", 5) + strings.Repeat("x := f(y);\n", 100), false},
	} {
		if got := MostlyCode([]byte(tt.text)); got != tt.want {
			t.Errorf("%s: MostlyCode = %v, want %v", tt.name, got, tt.want)
		}
	}
	// no post the project ships is mostly code
	files, _ := filepath.Glob("../../examples/posts/*")
	more, _ := filepath.Glob("../../examples/posts/*/*")
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		if MostlyCode(b) {
			t.Errorf("%s: an example post counted as code", f)
		}
	}
}
