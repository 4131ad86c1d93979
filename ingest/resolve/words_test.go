package resolve

import (
	"strings"
	"testing"
)

func TestSeveralWords(t *testing.T) {
	for _, s := range []string{"", " ", "Jane", " Jane ", "Jane Doe", "Jane\tDoe", " Jane  Q. Doe ", "Jane\u00a0Doe", "Jane\u3000Doe", "José", "a b"} {
		if got, want := severalWords(s), len(strings.Fields(s)) > 1; got != want {
			t.Errorf("severalWords(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestOneWord(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n", "Jane", " Jane ", "\u00a0Jane\u3000", "Jane Doe", "Jane\tDoe", "José", "a b", "@jquux"} {
		if got, want := oneWord(s), len(strings.Fields(s)) == 1; got != want {
			t.Errorf("oneWord(%q) = %v, want %v", s, got, want)
		}
	}
}
