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

func TestProgrammePage(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://conf.example.org/2020/talks/frobnicate/", true},
		{"https://conf.example.org/2020/Speakers/jane-doe", true},
		{"https://conf.example.org/2020/talks/", false}, // the list itself
		{"https://conf.example.org/talks/x/talks/", false},
		{"https://conf.example.org/talk", false},
		{"https://conf.example.org/talkshow/x", false},
		{"https://conf.example.org//programme//x", true},
		{"https://conf.example.org/a/agenda/b/c", true},
		{"https://example.org/blog/frobnicate", false},
		{"::", false},
	}
	for _, tt := range tests {
		if got := programmePage(tt.url); got != tt.want {
			t.Errorf("programmePage(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}
