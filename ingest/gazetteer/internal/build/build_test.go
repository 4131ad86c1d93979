package build

import "testing"

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
	}
	for _, tt := range tests {
		if got := describe(tt.display, tt.desc); got != tt.want {
			t.Errorf("describe(%q, %q) = %q, want %q", tt.display, tt.desc, got, tt.want)
		}
	}
}
