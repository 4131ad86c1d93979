package resolve

import (
	"fmt"
	"os"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/talkgraph/talkgraph/graph/vocab"
)

// Aliases are the user's identity corrections (see the package doc for the
// file format). The zero value and nil apply no correction.
type Aliases struct {
	Merge   []MergeRule       `yaml:"merge"`
	Handles map[string]string `yaml:"handles"`
	Split   []SplitRule       `yaml:"split"`

	canon map[string]string // folded name/handle/IRI -> canonical name
}

// MergeRule says that every string in Same names the person Name.
type MergeRule struct {
	Name string   `yaml:"name"`
	Same []string `yaml:"same"`
}

// SplitRule says that in Post, Name is the person As.
type SplitRule struct {
	Post string `yaml:"post"`
	Name string `yaml:"name"`
	As   string `yaml:"as"`
}

// LoadAliases reads an aliases file.
func LoadAliases(path string) (*Aliases, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: read aliases: %w", path, err)
	}
	a, err := ParseAliases(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// ParseAliases decodes the YAML of an aliases file.
func ParseAliases(data []byte) (*Aliases, error) {
	a := &Aliases{}
	if err := yaml.Unmarshal(data, a); err != nil {
		return nil, fmt.Errorf("parse aliases: %w", err)
	}
	for i, m := range a.Merge {
		if strings.TrimSpace(m.Name) == "" {
			return nil, fmt.Errorf("parse aliases: merge rule %d has no name", i+1)
		}
	}
	for i, s := range a.Split {
		if s.Name == "" || s.As == "" {
			return nil, fmt.Errorf("parse aliases: split rule %d needs name and as", i+1)
		}
	}
	a.build()
	return a, nil
}

func aliasKey(s string) string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return strings.TrimRight(strings.ToLower(s), "/")
	}
	return vocab.Fold(strings.TrimPrefix(s, "@"))
}

func (a *Aliases) build() {
	a.canon = map[string]string{}
	for h, n := range a.Handles {
		a.canon[aliasKey(h)] = n
	}
	for _, m := range a.Merge {
		a.canon[aliasKey(m.Name)] = m.Name
		for _, s := range m.Same {
			a.canon[aliasKey(s)] = m.Name
		}
	}
}

// person returns the canonical name for a person known by any of keys
// (name, aliases, handles, IRIs), and whether a rule applied.
func (a *Aliases) person(post string, keys ...string) (string, bool) {
	if a == nil {
		return "", false
	}
	// a.canon is built by ParseAliases or New: never written here, so
	// concurrent Posts may share a.
	for _, s := range a.Split {
		if !samePost(s.Post, post) {
			continue
		}
		for _, k := range keys {
			if aliasKey(k) == aliasKey(s.Name) {
				return s.As, true
			}
		}
	}
	for _, k := range keys {
		if n, ok := a.canon[aliasKey(k)]; ok {
			return n, true
		}
	}
	return "", false
}

func samePost(rule, post string) bool {
	rule = strings.TrimPrefix(strings.TrimSpace(rule), "./")
	post = strings.TrimPrefix(post, "./")
	return rule != "" && (rule == post || strings.HasSuffix(post, "/"+rule) || strings.HasSuffix(rule, "/"+post))
}
