package resolve

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

func TestZZDebug(t *testing.T) {
	cls := vocab.Class(os.Getenv("ZZ_CLASS"))
	files, _ := filepath.Glob(filepath.Join(os.Getenv("ZZ_DIR"), "*.md"))
	r := testResolver(t)
	for _, f := range files {
		data, _ := os.ReadFile(f)
		d, err := parseFile(f, data)
		if err != nil || d == nil {
			continue
		}
		res := r.x.Extract(d)
		for _, e := range res.Entities {
			if e.Class != cls {
				continue
			}
			var rules []string
			ev := ""
			for _, m := range e.Mentions {
				rules = append(rules, m.Rule)
				if ev == "" && m.End > m.Start {
					s := max(0, m.Start-60)
					ev = strings.ReplaceAll(d.Text[s:min(len(d.Text), m.End+60)], "\n", " ")
				}
			}
			fmt.Printf("%s | %s | %s | %q\n", filepath.Base(f), e.Name, strings.Join(rules, ","), ev)
		}
	}
}
