package build

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

type language struct {
	Name    string
	Type    string   `yaml:"type"`
	Aliases []string `yaml:"aliases"`
	Group   string   `yaml:"group"`
}

func readLinguist(path string) ([]language, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]language{}
	if err := yaml.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%s: parse: %w", path, err)
	}
	out := make([]language, 0, len(m))
	for name, l := range m {
		l.Name = name
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

type topic struct {
	Slug, Display, Desc, Wikipedia, DBpedia string
	Aliases                                 []string
	GitHub, URL, CreatedBy                  string // github_url, url (homepage), created_by
}

func readTopics(path string) ([]topic, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: parse: %w", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, h := range []string{"kind", "topic", "display_name", "aliases", "wikipedia_url", "dbpedia_iri_derived", "short_description"} {
		if _, ok := col[h]; !ok {
			return nil, fmt.Errorf("%s: missing column %q", path, h)
		}
	}
	get := func(row []string, h string) string {
		if i := col[h]; i < len(row) {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	var out []topic
	for _, row := range rows[1:] {
		if get(row, "kind") != "topic" {
			continue
		}
		t := topic{Slug: get(row, "topic"), Display: get(row, "display_name"), Desc: get(row, "short_description"),
			Wikipedia: get(row, "wikipedia_url"), DBpedia: get(row, "dbpedia_iri_derived"),
			GitHub: get(row, "github_url"), URL: get(row, "url"), CreatedBy: get(row, "created_by")}
		if t.Display == "" {
			t.Display = t.Slug
		}
		for _, a := range strings.Split(get(row, "aliases"), ",") {
			if a = strings.TrimSpace(a); a != "" {
				t.Aliases = append(t.Aliases, a)
			}
		}
		out = append(out, t)
	}
	return out, nil
}

type icon struct {
	Title   string `json:"title"`
	Source  string `json:"source"`
	Aliases struct {
		Aka []string          `json:"aka"`
		Loc map[string]string `json:"loc"`
		Dup []struct {
			Title string `json:"title"`
		} `json:"dup"`
	} `json:"aliases"`
}

func readIcons(path string) ([]icon, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []icon
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("%s: parse: %w", path, err)
	}
	return out, nil
}

// host returns the lower-case host of a URL, without "www.".
func host(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Host), "www.")
}
