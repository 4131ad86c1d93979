package resolve

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/gazetteer"
	"github.com/talkgraph/talkgraph/ingest/schedule"
)

func TestX2Dump(t *testing.T) {
	f := os.Getenv("X2FILE")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	d, err := parseFile(f, data)
	if err != nil {
		t.Fatal(err)
	}
	gz, _ := gazetteer.Default()
	ix, _ := schedule.Known()
	r := New(Config{Gazetteer: gz, Schedules: ix})
	res := r.x.Extract(d)
	for _, e := range res.Entities {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Rule+"@"+fmt.Sprint(m.Start))
		}
		fmt.Printf("%s\t%q\t%s\n", e.Class, e.Name, strings.Join(ms, ","))
	}
	if os.Getenv("X2TERMS") != "" {
		for _, tm := range (lexicon{gz}).Find(d.Text) {
			fmt.Printf("TERM %q %v %v\n", d.Text[tm.Start:tm.End], tm.Class, tm.Weak)
		}
	}
}
