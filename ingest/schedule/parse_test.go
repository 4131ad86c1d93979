package schedule

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// sharedDir holds the real schedules (shared/ beside the repository).
const sharedDir = "../../../shared/data/schedules"

func readShared(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(sharedDir, name))
	if err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	return b
}

func TestParseXMLAllYears(t *testing.T) {
	tests := []struct {
		year    string
		talks   int
		slug    string // "" for the early years without slugs
		title   string
		track   string
		speaker string
	}{
		{"2007", 215, "", "Formal Dependency Management", "Debian", "Berke Durak"},
		{"2008", 258, "", "Minerva: house automation suite", "Lightning Talks", "Steven Goodwin"},
		{"2009", 281, "", "Introduction to CentOS", "Fedora + CentOS", "Fabian Arrotin"},
		{"2010", 301, "", "Because the License Matters: BSD as the Foundation for Commercial Point of Sale Applications", "BSD", "Marc Balmer"},
		{"2011", 331, "", "about:volunteers", "Mozilla devroom", "Bogomil Shopov"},
		{"2012", 442, "", "Applications: Event Visualization in Emergency Call Systems", "Jabber and XMPP Devroom", "Yoshihiro Suzuki"},
		{"2013", 487, "nginx_php", "Nginx and PHP, match made in heaven", "PHP and Friends", "Helgi Þorbjörnsson"},
		{"2014", 513, "gravel", "Gravel", "Smalltalk", "Wouter Gazendam"},
		{"2015", 551, "keccak_and_sha3", "Keccak and SHA-3: code and standard updates", "Security", "Gilles Van Assche"},
		{"2016", 617, "virt_iaas_reactive_processing_ovirt", "Reactive processing in oVirt", "Virtualisation and IaaS", "Piotr Kliczewski"},
		{"2017", 668, "mozilla_iot_coding_with_html5_games", "Learning IoT & coding with HTML5 games", "Mozilla", "István Szmozsánszky"},
		{"2018", 689, "libreoffice", "Re-structuring a giant, ancient code-base for new platforms", "Miscellaneous", "Michael Meeks"},
		{"2019", 775, "python_ast_module", "", "Python", ""},
		{"2020", 872, "speculative_execution", "Improving protections against speculative execution side channel", "Miscellaneous", "David Stewart"},
		{"2021", 773, "ow2_zenroom", "Zenroom : Crypto VM for database and blockchain", "OW2 Open Source Community stand", ""},
		{"2022", 730, "welcome_reactos", "Welcome to the ReactOS stand", "ReactOS stand", ""},
		{"2023", 780, "minimalguixsystemimages", "Creating minimal Guix System images", "Declarative and Minimalistic Computing", "Efraim Flashner"},
		{"2024", 674, "fosdem-2024-3597-go-lightning-talks", "Go Lightning Talks", "Go devroom", "Maartje Eyskens"},
		{"2025", 943, "fosdem-2025-5561-solving-the-world-s-localization-problems", "Solving the world’s (localization) problems", "Inclusive Web", "Eemeli Aro"},
		{"2026", 883, "CZSPSC-llama-cpp-vulkan", "Vulkan API for Machine Learning? Competing with CUDA and ROCm in llama.cpp", "AI Plumbers", "Ruben Ortlam"},
	}
	var total time.Duration
	for _, tt := range tests {
		t.Run(tt.year, func(t *testing.T) {
			name := "fosdem-" + tt.year + ".xml"
			data := readShared(t, name)
			start := time.Now()
			s, err := ParseXML(name, data)
			total += time.Since(start)
			if err != nil {
				t.Fatal(err)
			}
			c := s.Conference
			if c.Series != "FOSDEM" || c.Year != tt.year || c.Title != "FOSDEM "+tt.year {
				t.Errorf("edition = %q %q %q", c.Series, c.Year, c.Title)
			}
			if (c.City != "Brussels" || !strings.HasPrefix(c.Venue, "ULB")) && c.Venue != "Online" || c.URL != "https://fosdem.org/"+tt.year+"/" {
				t.Errorf("conference = %+v", c)
			}
			if !strings.HasPrefix(c.Start, tt.year) || isoDate(c.End) == "" {
				t.Errorf("dates %q %q", c.Start, c.End)
			}
			if len(s.Talks) != tt.talks {
				t.Errorf("talks = %d, want %d", len(s.Talks), tt.talks)
			}
			persons := 0
			for _, tk := range s.Talks {
				persons += len(tk.Persons)
				if tk.Slug == "" || tk.Title == "" {
					t.Errorf("talk without slug or title: %+v", tk)
				}
			}
			if persons == 0 || len(s.Tracks) == 0 {
				t.Errorf("persons %d tracks %d", persons, len(s.Tracks))
			}
			var got *Talk
			for i := range s.Talks {
				tk := &s.Talks[i]
				if (tt.slug != "" && tk.Slug == tt.slug) || (tt.slug == "" && tk.Title == tt.title) {
					got = tk
					break
				}
			}
			if got == nil {
				t.Fatalf("talk %q/%q not found", tt.slug, tt.title)
			}
			if tt.title != "" && got.Title != tt.title {
				t.Errorf("title = %q, want %q", got.Title, tt.title)
			}
			if got.Track != tt.track {
				t.Errorf("track = %q, want %q", got.Track, tt.track)
			}
			if tt.speaker != "" && (len(got.Persons) == 0 || got.Persons[0].Name != tt.speaker) {
				t.Errorf("speakers = %+v, want %q", got.Persons, tt.speaker)
			}
			if tt.slug == "" {
				if got.URL != "" {
					t.Errorf("early talk got URL %q", got.URL)
				}
			} else {
				want := "https://fosdem.org/" + tt.year + "/schedule/event/" + tt.slug + "/"
				if got.URL != want {
					t.Errorf("URL = %q, want %q", got.URL, want)
				}
				for _, p := range got.Persons {
					if p.Slug == "" || p.URL != "https://fosdem.org/"+tt.year+"/schedule/speaker/"+p.Slug+"/" {
						t.Errorf("person %+v", p)
					}
				}
			}
		})
	}
	t.Logf("parsed %d FOSDEM schedules in %v", len(tests), total)
}

func TestFOSDEM2019PythonAST(t *testing.T) {
	s, err := ParseXML("fosdem-2019.xml", readShared(t, "fosdem-2019.xml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tk := range s.Talks {
		if tk.Slug == "python_ast_module" {
			if tk.Track != "Python" || tk.Date != "2019-02-03" && tk.Date != "2019-02-02" || tk.Abstract == "" || strings.Contains(tk.Abstract, "<p>") {
				t.Errorf("talk = %+v", tk)
			}
			return
		}
	}
	t.Fatal("python_ast_module not found")
}

// TestPersonSlugMatchesFOSDEM checks the derived speaker slug against the
// slugs FOSDEM 2026 lists for its speakers.
func TestPersonSlugMatchesFOSDEM(t *testing.T) {
	data := readShared(t, "fosdem-2026.xml")
	re := regexp.MustCompile(`<name>([^<]*)</name>\s*<slug>([^<]*)</slug>`)
	pairs := re.FindAllSubmatch(data, -1)
	if len(pairs) < 500 {
		t.Fatalf("only %d persons", len(pairs))
	}
	bad := 0
	for _, p := range pairs {
		name := clean(string(p[1]))
		if got := PersonSlug(name); got != string(p[2]) {
			bad++
			t.Logf("PersonSlug(%q) = %q, FOSDEM %q", name, got, p[2])
		}
	}
	if bad*100 > len(pairs) {
		t.Errorf("%d of %d slugs differ", bad, len(pairs))
	}
}

func TestPersonSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Giovanni Maruzzelli (gmaruzz)", "giovanni_maruzzelli_gmaruzz"},
		{"Gülçin Yildirim", "gulcin_yildirim"},
		{"Marc-André Lemburg", "marc-andre_lemburg"},
		{"Bryan O'Donoghue", "bryan_odonoghue"},
		{"Jose E. Marchesi", "jose_e_marchesi"},
		{"Georg C.F. Greve", "georg_c_f_greve"},
		{"Æva Black", "aeva_black"},
		{"Tobias Platen (they/them)", "tobias_platen_theythem"},
		{"胡玮文", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := PersonSlug(tt.in); got != tt.want {
			t.Errorf("PersonSlug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTrackSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Real Time Communications", "real_time_communications"},
		{"Python", "python"},
		{"PHP & Friends", "php_friends"},
		{".NET and TypeScript", "net_and_typescript"},
		{"Virtualisation and IaaS", "virtualisation_and_iaas"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := TrackSlug(tt.in); got != tt.want {
			t.Errorf("TrackSlug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>a &amp; b</p><p>c&nbsp;d</p>", "a & b\nc d"},
		{`See <a href="x">the   docs</a>.`, "See the docs."},
		{"x < y and y > z", "x < y and y > z"},
		{"<script>alert(1)</script>ok", "ok"},
		{"a<!-- hidden -->b", "ab"},
		{"<ul><li>one</li><li>two</li></ul>", "one\ntwo"},
		{"&lt;p&gt; literal", "<p> literal"},
		{"unclosed <b", "unclosed <b"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := PlainText(tt.in); got != tt.want {
			t.Errorf("PlainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDeriveEdition(t *testing.T) {
	tests := []struct{ title, acronym, start, series, year string }{
		{"FOSDEM 2019", "", "2019-02-02", "FOSDEM", "2019"},
		{"FOSDEM 2025", "fosdem-2025", "", "FOSDEM", "2025"},
		{"Chaos Communication Camp 2019", "Camp2019", "", "Chaos Communication Camp", "2019"},
		{"", "camp2019", "", "camp", "2019"},
		{"DemoCon", "democon", "2020-12-14", "DemoCon", "2020"},
		{"PyCon DE & PyData Berlin 2023", "", "", "PyCon DE & PyData Berlin", "2023"},
		{"36C3", "36c3", "2019-12-27", "36C3", "2019"},
	}
	for _, tt := range tests {
		c := Conference{Title: tt.title, Acronym: tt.acronym, Start: tt.start}
		deriveEdition(&c)
		if c.Series != tt.series || c.Year != tt.year {
			t.Errorf("deriveEdition(%q, %q) = %q %q, want %q %q", tt.title, tt.acronym, c.Series, c.Year, tt.series, tt.year)
		}
	}
}

func TestParseFixtures(t *testing.T) {
	s, err := ParseXML("testdata/legacy.xml", mustRead(t, "testdata/legacy.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var slugs []string
	for _, tk := range s.Talks {
		slugs = append(slugs, tk.Slug)
	}
	if got := strings.Join(slugs, " "); got != "aiglx welcome welcome_2" {
		t.Errorf("derived slugs = %q", got)
	}
	if s.Talks[0].Abstract != "A look at AIGLX." || s.Talks[0].Persons[0].Slug != "kristian_hogsberg" {
		t.Errorf("talk 0 = %+v", s.Talks[0])
	}

	s, err = ParseXML("testdata/pretalx-era.xml", mustRead(t, "testdata/pretalx-era.xml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Tracks) != 3 || s.Tracks[0].URL != "https://fosdem.org/2026/schedule/track/ai/" {
		t.Errorf("tracks = %+v", s.Tracks)
	}
	tk := s.Talks[1]
	if tk.Slug != "ABCDEF-llm-inference" || tk.DateTime != "2026-01-31T11:00:00+01:00" {
		t.Errorf("talk = %+v", tk)
	}
	if tk.Persons[0].Slug != "Hu_Wei_Wen" || tk.Persons[1].Slug != "bryan_odonoghue" {
		t.Errorf("persons = %+v", tk.Persons)
	}
}

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseJSONSamples(t *testing.T) {
	tests := []struct {
		file, format, series, year string
		talks                      int
		slug, title, speaker       string
	}{
		{"voc__validator_json_examples_frab-camp2019.json", FormatFrabJSON, "Chaos Communication Camp", "2019", 79,
			"Camp2019-10386-opening_ceremony", "Opening Ceremony", "jinxx"},
		{"voc__validator_json_examples_pretalx-democon.json", FormatPretalxJSON, "DemoCon", "2020", 36,
			"democon-25-focused-5thgeneration-hardware", "Focused 5thgeneration hardware", "Brian Robinson"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data := readShared(t, filepath.Join("formats", tt.file))
			if f, ok := Detect(data); !ok || f != tt.format {
				t.Errorf("Detect = %q %v", f, ok)
			}
			s, err := ParseJSON(tt.file, data)
			if err != nil {
				t.Fatal(err)
			}
			if s.Format != tt.format || s.Conference.Series != tt.series || s.Conference.Year != tt.year {
				t.Errorf("conference = %s %+v", s.Format, s.Conference)
			}
			if len(s.Talks) != tt.talks || len(s.Tracks) == 0 {
				t.Errorf("talks %d tracks %d", len(s.Talks), len(s.Tracks))
			}
			for _, tk := range s.Talks {
				if tk.Slug == tt.slug {
					if tk.Title != tt.title || len(tk.Persons) == 0 || tk.Persons[0].Name != tt.speaker || tk.URL == "" {
						t.Errorf("talk = %+v", tk)
					}
					return
				}
			}
			t.Errorf("talk %q not found", tt.slug)
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name     string
		json     bool
		data     string
		notSched bool
	}{
		{"truncated.xml", false, `<?xml version="1.0"?><schedule><conference><title>X 2020</title>`, false},
		{"html.xml", false, `<html><body>hi</body></html>`, true},
		{"empty.xml", false, ``, false},
		{"notitle.xml", false, `<schedule><day date="2020-01-01"/></schedule>`, true},
		{"badenc.xml", false, `<?xml version="1.0" encoding="ebcdic"?><schedule/>`, false},
		{"garbage.json", true, `{"schedule": [`, false},
		{"array.json", true, `[1,2,3]`, false},
		{"noconf.json", true, `{"schedule": {"version": "1"}}`, true},
		{"notitle.json", true, `{"schedule": {"conference": {"days": []}}}`, true},
		{"badtype.json", true, `{"schedule": {"conference": {"title": "A 2020", "days": 5}}}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.json {
				_, err = ParseJSON(tt.name, []byte(tt.data))
			} else {
				_, err = ParseXML(tt.name, []byte(tt.data))
			}
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.HasPrefix(err.Error(), tt.name+": ") {
				t.Errorf("error does not name the file: %v", err)
			}
			if errors.Is(err, ErrNotSchedule) != tt.notSched {
				t.Errorf("errors.Is(ErrNotSchedule) = %v: %v", !tt.notSched, err)
			}
		})
	}
}

func TestParseLenient(t *testing.T) {
	// Odd but valid inputs parse: Latin-1, HTML entities, numbers as strings.
	latin := append([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><schedule><conference><title>Conf 2021</title></conference>`+
		`<day date="2021-03-01"><event id="1"><title>Caf`), 0xe9)
	latin = append(latin, []byte(`&nbsp;talk</title><start>25:00</start><persons><person id="1">Jos`)...)
	latin = append(latin, 0xe9)
	latin = append(latin, []byte(`</person></persons></event></day></schedule>`)...)
	s, err := ParseXML("latin.xml", latin)
	if err != nil {
		t.Fatal(err)
	}
	if tk := s.Talks[0]; tk.Title != "Café talk" || tk.Persons[0].Name != "José" || tk.Start != "" || tk.Slug != "cafe_talk" || tk.URL != "" {
		t.Errorf("talk = %+v", tk)
	}
	j := `{"schedule":{"conference":{"title":"Conf","acronym":"conf2021","start":"2021-05-01T10:00:00Z",
	"days":[{"date":"2021-05-01","rooms":{"A":[{"id":"7","guid":null,"title":"T","persons":[{"name":"N","id":3}]}]}}]}}}`
	s, err = ParseJSON("x.json", []byte(j))
	if err != nil {
		t.Fatal(err)
	}
	if s.Conference.Year != "2021" || s.Conference.Start != "2021-05-01" || s.Talks[0].ID != "7" || s.Talks[0].Persons[0].ID != "3" || s.Talks[0].Room != "A" {
		t.Errorf("schedule = %+v", s)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"xml", "\ufeff<?xml version=\"1.0\"?>\n<schedule>\n<conference>", FormatPentabarfXML},
		{"xml-attr", "<schedule xmlns:x=\"y\"><day date=\"x\">", FormatPentabarfXML},
		{"frab", `{"$schema":"x","schedule":{"version":"Gacrux","conference":{"acronym":"camp"}}}`, FormatFrabJSON},
		{"pretalx", `{"schedule":{"version":"v1","conference":{"days":[{"rooms":{"A":[{"persons":[{"code":"NQTF8Y"}]}]}}]}}}`, FormatPretalxJSON},
		{"html", "<html><body><schedule>", ""},
		{"rss", `<?xml version="1.0"?><rss><channel>`, ""},
		{"schedules-tag", `<schedules><conference>`, ""},
		{"markdown", "+++\ntitle = \"x\"\n+++\nbody", ""},
		{"json-other", `{"name":"x"}`, ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		got, ok := Detect([]byte(tt.data))
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: Detect = %q %v, want %q", tt.name, got, ok, tt.want)
		}
	}
}
