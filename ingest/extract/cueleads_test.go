package extract

import (
	"math/rand"
	"testing"

	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx"
)

// cueLeads are the cheap tests put before an anchored pattern of the cue
// rules, each with the pattern it must not refuse a match of.
var cueLeads = []struct {
	name string
	lead func(string) bool
	re   *regexp.Regexp
}{
	{"speakerClauseLead", speakerClauseLead, reSpeakerClause},
	{"representedLead", representedLead, reRepresented},
	{"clauseAtLead", clauseAtLead, reClauseAt},
}

// cueLeadCases are the texts after every word of the regression posts
// (from the blank, the comma or the word) and random strings of the
// patterns' pieces (invented words), each piece often broken.
func cueLeadCases(t testing.TB) []string {
	var posts []string
	for _, s := range regressionPosts(t) {
		for i := 1; i < len(s); i++ {
			if s[i-1] != ' ' && (s[i] == ' ' || s[i] == ',' || s[i] == '\t') {
				posts = append(posts, s[i:min(len(s), i+160)])
			}
			if s[i-1] == ' ' && s[i] != ' ' {
				posts = append(posts, s[i:min(len(s), i+160)])
			}
		}
	}
	// forms of the patterns, then each often broken: a byte dropped,
	// changed or put before, a blank made another
	forms := []string{
		", who talked about Quux", ", who then spoke", ",\twho also gave a talk", ",  who later demoed", ", with a talk on", ", with her big new keynote", ",\twith their session",
		" speaking about Quux", "\ttalking on", "  presenting about",
		" represented Acme", " was representing the Quux", "\tis\trepresented the",
		"who is at Acme", "who's now with Acme", "now at Acme", "currently working for Acme", "who recently joined Acme", "who works for Acme",
		"who is working at Acme", "who works on Quux tools at Acme", "an engineer with Acme", "a senior data scientists with Acme", "the maintainer with", "one of the Acme developers", "some of the",
	}
	pick := func(rng *rand.Rand, ss ...string) string { return ss[rng.Intn(len(ss))] }
	rng := rand.New(rand.NewSource(9))
	for n := 0; n < 100000; n++ {
		b := []byte(pick(rng, forms...))
		for k := rng.Intn(3); k > 0 && len(b) > 0; k-- {
			i := rng.Intn(len(b))
			switch rng.Intn(5) {
			case 0:
				b = append(b[:i], b[i+1:]...)
			case 1:
				b[i] = pick(rng, "x", "W", " ", "\t", ",", "\n", "\xc3")[0]
			case 2:
				b = append([]byte(pick(rng, " ", ",", "x", "\t", ", ", "\u00a0")), b...)
			case 3:
				if b[i] == ' ' {
					b = append(b[:i], append([]byte(pick(rng, "\t", "  ", "\n", "\u00a0")), b[i+1:]...)...)
				}
			default:
				if b[i] >= 'a' && b[i] <= 'z' {
					b[i] -= 32
				}
			}
		}
		posts = append(posts, string(b))
	}
	return posts
}

// TestCueLeads: no pattern matches a text its lead refuses, and each
// lead refuses most of the texts (it is there to spare the pattern).
func TestCueLeads(t *testing.T) {
	posts := cueLeadCases(t)
	for _, c := range cueLeads {
		refused, matched := 0, 0
		for _, p := range posts {
			m := c.re.MatchString(p)
			if m {
				matched++
			}
			if !c.lead(p) {
				refused++
				if m {
					t.Fatalf("%s(%q) = false, but %v matches", c.name, p, c.re)
				}
			}
		}
		t.Logf("%s: %d texts, %d match, %d refused", c.name, len(posts), matched, refused)
		if matched < 200 || refused < len(posts)/2 {
			t.Errorf("%s: %d of %d texts match, %d refused: want both many", c.name, matched, len(posts), refused)
		}
	}
}

// TestCueLeadsTable: the leads on the forms of their patterns.
func TestCueLeadsTable(t *testing.T) {
	cases := []struct {
		lead func(string) bool
		s    string
		want bool
	}{
		{speakerClauseLead, ", who talked about", true},
		{speakerClauseLead, ",\twith a talk", true},
		{speakerClauseLead, " speaking on", true},
		{speakerClauseLead, "\ttalking about", true},
		{speakerClauseLead, " presenting on", true},
		{speakerClauseLead, ",who talked", false},
		{speakerClauseLead, "speaking on", false},
		{speakerClauseLead, " (Acme), who talked", false},
		{speakerClauseLead, " from Acme", false},
		{speakerClauseLead, "", false},
		{representedLead, " represented Acme", true},
		{representedLead, " was representing the Quux", true},
		{representedLead, "\tis\trepresented", true},
		{representedLead, " is a Quux engineer", false},
		{representedLead, "represented Acme", false},
		{representedLead, " was\u00a0represented", false},
		{representedLead, "", false},
		{clauseAtLead, "who is at Acme", true},
		{clauseAtLead, "now\tat Acme", true},
		{clauseAtLead, "an engineer with Acme", true},
		{clauseAtLead, "one of the Acme developers", true},
		{clauseAtLead, "Who is at Acme", false},
		{clauseAtLead, "who", false},
		{clauseAtLead, "whom I met", false},
		{clauseAtLead, " who is at Acme", false},
		{clauseAtLead, "", false},
	}
	for _, c := range cases {
		if got := c.lead(c.s); got != c.want {
			t.Errorf("lead(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// FuzzCueLeads: no pattern matches a text its lead refuses.
func FuzzCueLeads(f *testing.F) {
	for _, s := range []string{", who then talked about", " speaking about", ",\t with her big talk", " was represented the", "who works on Quux at Acme", "one of the"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range cueLeads {
			if !c.lead(s) && c.re.MatchString(s) {
				t.Fatalf("%s(%q) = false, but %v matches", c.name, s, c.re)
			}
		}
	})
}
