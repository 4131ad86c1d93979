package svg

import (
	"bytes"
	"context"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/export/dot"
	"github.com/talkgraph/talkgraph/export/selectq"
)

var (
	nodeGroup = regexp.MustCompile(`(?s)<g id="node\d+" class="node">\s*<title>([^<]*)</title>(.*?)(?:<!--|</svg>)`)
	coords    = regexp.MustCompile(`(?:points|d)="([^"]*)"`)
	number    = regexp.MustCompile(`-?\d+(?:\.\d+)?`)
)

// nodeWidths maps each node's DOT id to the width of its outline.
func nodeWidths(svg []byte) map[string]float64 {
	out := map[string]float64{}
	for _, m := range nodeGroup.FindAllSubmatch(svg, -1) {
		minX, maxX := 1e9, -1e9
		for _, c := range coords.FindAllSubmatch(m[2], -1) {
			ns := number.FindAll(c[1], -1)
			for i := 0; i+1 < len(ns); i += 2 {
				x, _ := strconv.ParseFloat(string(ns[i]), 64)
				minX, maxX = min(minX, x), max(maxX, x)
			}
		}
		if maxX > minX {
			out[string(m[1])] = maxX - minX
		}
	}
	return out
}

// TestLooksLikeDot lays the same DOT out in-process and with Graphviz's
// dot (when installed, with DejaVu Sans): every box has about the same
// width, i.e. both measured the labels alike.
func TestLooksLikeDot(t *testing.T) {
	dotBin, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("dot not installed")
	}
	if out, err := exec.Command("fc-match", "DejaVu Sans").Output(); err != nil || !strings.Contains(string(out), "DejaVu") {
		t.Skip("DejaVu Sans not installed for dot")
	}
	g := sample()
	for _, name := range []string{"Extending sudo in Python", "mentioned in 7 posts", "Jérôme Poisson (Goffi)", "WWWW mmmm iiii"} {
		g.Nodes = append(g.Nodes, selectq.Node{IRI: "https://ex.org/id/" + name, Class: "Talk", Name: name})
	}
	var src bytes.Buffer
	if _, err := dot.Write(&src, g, dot.Options{}); err != nil {
		t.Fatal(err)
	}
	var ours bytes.Buffer
	if err := Render(context.Background(), src.Bytes(), &ours); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(dotBin, "-Tsvg")
	cmd.Stdin = bytes.NewReader(src.Bytes())
	theirs, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	a, b := nodeWidths(ours.Bytes()), nodeWidths(theirs)
	if len(a) < 8 || len(a) != len(b) {
		t.Fatalf("nodes: %d in-process, %d from dot", len(a), len(b))
	}
	for id, w := range a {
		if r := w / b[id]; r < 0.93 || r > 1.07 {
			t.Errorf("node %s: %.1f pt in-process, %.1f pt from dot", id, w, b[id])
		}
	}
}
