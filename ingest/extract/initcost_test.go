package extract

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// TestLightInit checks that importing the extractor costs next to nothing
// at package init: every command of the CLI links it, so whatever its
// package variables compute is paid by `stats` and `speakers` too. Its
// regexps are lazyre values, compiled at first use; when they were
// compiled at init the package allocated 1.76 MB there (inittrace), most
// of a small command's start-up. The test binary's figure also counts
// the package's test files.
func TestLightInit(t *testing.T) {
	if os.Getenv("TALKGRAPH_INITTRACE_CHILD") != "" {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run", "^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1", "TALKGRAPH_INITTRACE_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	m := regexp.MustCompile(`init github.com/talkgraph/talkgraph/ingest/extract @[^,]+, [^,]+ clock, (\d+) bytes`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("no inittrace line for ingest/extract in:\n%s", out)
	}
	if n, _ := strconv.Atoi(string(m[1])); n > 400_000 {
		t.Errorf("ingest/extract's init allocated %d bytes: something (a regexp.MustCompile in a package variable?) is built at init; make it lazy (internal/lazyre, sync.OnceValue)", n)
	}
}
