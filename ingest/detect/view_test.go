package detect

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestDetectKeepsNoView checks that no Result shares bytes with the data
// Detect read (it reads them through viewString, without copying): the
// input is overwritten after Detect and the Result must stay as it was.
func TestDetectKeepsNoView(t *testing.T) {
	paths, err := filepath.Glob("testdata/files/*")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(p)
		want := Detect(name, bytes.Clone(data))
		buf := bytes.Clone(data)
		got := Detect(name, buf)
		for i := range buf {
			buf[i] = '#'
		}
		if got != want {
			t.Errorf("%s: Result changed with its input: %+v, want %+v", name, got, want)
		}
	}
}
