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
