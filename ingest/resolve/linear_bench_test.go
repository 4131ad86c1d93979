package resolve

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/doc"
)

// Extraction and resolution must be linear in the size of the text,
// whatever the text holds. These benchmarks generate (with a fixed seed)
//
//   - prose:    1 MB of ordinary prose (no names, no talk cues);
//   - dense100: 1 MB dense with names and talk cues, in 100 paragraphs;
//   - dense1:   the same words in one paragraph;
//   - runon-N:  one run-on sentence of N KB dense with names (commas only);
//
// and run extract + resolve on each (no parsing: the text is the
// Document's). Targets: dense100 ≤ 5× prose, dense1 ≤ 3× dense100, and
// runon time proportional to N. Run with
//
//	go test ./ingest/resolve -run XXX -bench BenchmarkLinear -benchtime 1x
func BenchmarkLinear(b *testing.B) {
	r := testResolver(b)
	const mb = 1 << 20
	dense := denseSentences(mb)
	cases := []struct {
		name string
		text string
	}{
		{"prose", proseText(mb)},
		{"dense100", joinParagraphs(dense, 100)},
		{"dense1", strings.Join(dense, " ")},
	}
	for _, kb := range []int{50, 100, 200} {
		cases = append(cases, struct {
			name string
			text string
		}{fmt.Sprintf("runon-%dk", kb), runOn(kb << 10)})
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			d := &doc.Document{Source: "bench/" + c.name + ".txt", Title: "Notes from FOSDEM 2019", Date: "2019-02-05", Text: c.text}
			b.SetBytes(int64(len(c.text)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := r.Post(d, "h"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// Word lists of the generator: invented names beside common first names
// and known technologies, so that every rule of the extractor has work.
var (
	benchGiven   = []string{"Jane", "John", "Maria", "David", "Anna", "Peter", "Laura", "Daniel", "Sofia", "Marc"}
	benchSyll    = []string{"ka", "lo", "mi", "ren", "tas", "vo", "bel", "dun", "fra", "gel", "hor", "zi"}
	benchTech    = []string{"Python", "Rust", "Kubernetes", "PostgreSQL", "WebRTC", "Go", "Linux", "Docker"}
	benchTracks  = []string{"Python", "Go", "Real Time Communications", "Containers", "Databases"}
	benchOrgs    = []string{"Mozilla", "Red Hat", "Canonical", "Google", "Collabora"}
	benchWords   = strings.Fields("the a of and to in that it was for on with as we this at by from but not are had have were which one all there their more when some time into about than people other very would then what could them these two first way been could many day year work new good well also just only because each how most over after where even back any much")
	benchPhrases = []string{"gave a talk about", "presented", "talked about", "showed how to use", "explained", "gave a keynote on", "ran a workshop on"}
)

func benchName(rng *rand.Rand) string {
	s := benchSyll[rng.Intn(len(benchSyll))] + benchSyll[rng.Intn(len(benchSyll))] + benchSyll[rng.Intn(len(benchSyll))]
	return benchGiven[rng.Intn(len(benchGiven))] + " " + strings.ToUpper(s[:1]) + s[1:]
}

func benchTitle(rng *rand.Rand) string {
	n := 3 + rng.Intn(4)
	ws := make([]string, n)
	for i := range ws {
		w := benchWords[rng.Intn(len(benchWords))]
		if i == 0 || rng.Intn(3) == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		ws[i] = w
	}
	ws[rng.Intn(n)] = benchTech[rng.Intn(len(benchTech))]
	return strings.Join(ws, " ")
}

// denseSentences returns about size bytes of sentences, each naming
// people, talks, tracks, technologies and organizations.
func denseSentences(size int) []string {
	rng := rand.New(rand.NewSource(7))
	var out []string
	n := 0
	for n < size {
		var s string
		switch rng.Intn(4) {
		case 0:
			s = fmt.Sprintf("%s %s %s in the %s devroom at FOSDEM 2019.", benchName(rng), benchPhrases[rng.Intn(len(benchPhrases))], benchTech[rng.Intn(len(benchTech))], benchTracks[rng.Intn(len(benchTracks))])
		case 1:
			s = fmt.Sprintf("Later, %s presented \"%s\" by %s, and %s from %s joined the keynote.", benchName(rng), benchTitle(rng), benchName(rng), benchName(rng), benchOrgs[rng.Intn(len(benchOrgs))])
		case 2:
			s = fmt.Sprintf("The session on %s by %s was packed; %s's lightning talk followed.", benchTech[rng.Intn(len(benchTech))], benchName(rng), benchName(rng))
		default:
			s = fmt.Sprintf("I met %s (%s) and %s, who works at %s, after the talk %s.", benchName(rng), benchOrgs[rng.Intn(len(benchOrgs))], benchName(rng), benchOrgs[rng.Intn(len(benchOrgs))], benchTitle(rng))
		}
		out = append(out, s)
		n += len(s) + 1
	}
	return out
}

// joinParagraphs joins sentences into k paragraphs of equal length.
func joinParagraphs(ss []string, k int) string {
	per := (len(ss) + k - 1) / k
	var paras []string
	for i := 0; i < len(ss); i += per {
		paras = append(paras, strings.Join(ss[i:min(len(ss), i+per)], " "))
	}
	return strings.Join(paras, "\n\n")
}

// proseText returns about size bytes of ordinary prose in paragraphs of
// about 1 KB.
func proseText(size int) string {
	rng := rand.New(rand.NewSource(11))
	var b strings.Builder
	para := 0
	for b.Len() < size {
		n := 8 + rng.Intn(12)
		for i := 0; i < n; i++ {
			w := benchWords[rng.Intn(len(benchWords))]
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		b.WriteString(". ")
		if para += n * 5; para > 1000 {
			b.WriteString("\n\n")
			para = 0
		}
	}
	return b.String()
}

// runOn returns one sentence of about size bytes: the dense sentences
// with their full stops turned into commas.
func runOn(size int) string {
	ss := denseSentences(size)
	for i, s := range ss {
		ss[i] = strings.TrimSuffix(strings.ReplaceAll(s, ";", ","), ".") + ","
	}
	return strings.Join(ss, " ") + "."
}
