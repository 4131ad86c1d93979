package build

import (
	"strings"
	"testing"
)

func TestCityShortName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Frankfurt am Main", "Frankfurt"}, {"Halle (Saale)", "Halle"}, {"Newcastle upon Tyne", "Newcastle"},
		{"Châlons-sur-Marne", "Châlons"}, {"Berlin", ""}, {"Los Angeles", ""}, {"Rio de Janeiro", ""},
	}
	for _, tt := range tests {
		if got := cityShortName(tt.in); got != tt.want {
			t.Errorf("cityShortName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInnerCapOrDigit(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"WebRTC", true}, {"pfSense", true}, {"SQLAlchemy", true}, {"TYPO3", true},
		{"Red Hat", false}, {"Canonical", false}, {"SAP", false},
	}
	for _, tt := range tests {
		if got := innerCapOrDigit(tt.in); got != tt.want {
			t.Errorf("innerCapOrDigit(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestCorporateTail(t *testing.T) {
	for in, want := range map[string]bool{"HashiCorp": true, "Sauce Labs": true, "Quux Systems": true, "Corp": false, "Jira Software": false, "WebRTC": false} {
		if got := corporateTail(in); got != want {
			t.Errorf("corporateTail(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestJSName(t *testing.T) {
	for in, want := range map[string]bool{"Ember.js": true, "reveal.js": true, "Node.JS": true, ".js": false, "Ember": false, "Vue js": false} {
		if got := jsName(in); got != want {
			t.Errorf("jsName(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDescribeCategory(t *testing.T) {
	tests := []struct{ display, desc, want string }{
		{"Content Management System", "Software providing website authoring, collaboration, and administration tools.", ""},
		{"Zorbl", "Software running on zorbls: a compiler.", ""},
		{"Open Source", "Software with source code available for anyone to inspect.", ""},
		{"Widgetd", "Widgetd is a web framework written in Python.", "tech"},
		{"Widget app", "A widget application is any computer program that runs widgets.", ""},
		{"Zorb server", "A zorb server is one of the programs that serve zorbs.", ""},
		{"Zorbd", "Zorbd is a server for zorbs.", "tech"},
	}
	for _, tt := range tests {
		if got := describe(tt.display, tt.desc); got != tt.want {
			t.Errorf("describe(%q, %q) = %q, want %q", tt.display, tt.desc, got, tt.want)
		}
	}
}

func TestPlainPhrase(t *testing.T) {
	lex := &lexicon{lower: set("season code day learning material jewel rails"), proper: map[string]bool{}, common: set("of for on")}
	makers := map[string]bool{"quux": true}
	known := map[string]bool{"rails": true}
	tests := []struct {
		title string
		want  bool
	}{
		{"Quux Season of Learning", true},
		{"Season of Learning", true},
		{"Quux Day of Learning", true},
		{"Material for Zorbdocs", false},    // a name that is no word
		{"Jewel on Rails", false},           // a known name
		{"Quux Code", false},                // no function word
		{"Zorbl Season of Learning", false}, // an unknown first name
	}
	for _, tt := range tests {
		if got := plainPhrase(strings.Fields(tt.title), makers, known, lex); got != tt.want {
			t.Errorf("plainPhrase(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}
