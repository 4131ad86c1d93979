package extract

import (
	"reflect"
	"testing"
)

func TestWordIndexesPlural(t *testing.T) {
	tests := []struct {
		text, w      string
		sing, plural []int
	}{
		{"a talk, two talks", "talk", []int{2}, []int{12}},
		{"talks talk", "talk", []int{6}, []int{0}},
		{"talkative talker stalk talksx", "talk", nil, nil},
		{"talk", "talk", []int{0}, nil},
		{"talks", "talk", nil, []int{0}},
		{"the colleague's colleagues_ colleagues.", "colleague", []int{4}, []int{28}},
		{"", "talk", nil, nil},
		{"talk", "", nil, nil},
	}
	for _, tt := range tests {
		sing, plural := wordIndexesPlural(tt.text, tt.w)
		if !reflect.DeepEqual(sing, tt.sing) || !reflect.DeepEqual(plural, tt.plural) {
			t.Errorf("wordIndexesPlural(%q, %q) = %v, %v, want %v, %v", tt.text, tt.w, sing, plural, tt.sing, tt.plural)
		}
		// the same as two scans
		if tt.w == "" {
			continue
		}
		if s, p := wordIndexes(tt.text, tt.w), wordIndexes(tt.text, tt.w+"s"); !reflect.DeepEqual(sing, s) || !reflect.DeepEqual(plural, p) {
			t.Errorf("wordIndexesPlural(%q, %q) = %v, %v; wordIndexes: %v, %v", tt.text, tt.w, sing, plural, s, p)
		}
	}
}
