package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/badinput"
	"github.com/talkgraph/talkgraph/ingest/gazetteer"
)

// BenchmarkLargeSchedule ingests one generated schedule of n events into a
// fresh Bolt store: the time per event must not grow with n.
//
//	go test ./ingest/pipeline -run XXX -bench LargeSchedule -benchtime 1x
func BenchmarkLargeSchedule(b *testing.B) {
	gz, err := gazetteer.Default()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{2500, 5000, 10000, 50000} {
		b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			path := filepath.Join(dir, "schedule.xml")
			if err := os.WriteFile(path, badinput.Schedule(n), 0o644); err != nil {
				b.Fatal(err)
			}
			for i := 0; i < b.N; i++ {
				st, err := store.Open(context.Background(), store.Config{DB: filepath.Join(dir, fmt.Sprintf("db%d", i))})
				if err != nil {
					b.Fatal(err)
				}
				rep, err := Run(context.Background(), Config{Store: st, Minter: vocab.Minter{}, Gazetteer: gz}, []string{path})
				if err != nil || len(rep.Failures) > 0 {
					b.Fatal(err, rep.Failures)
				}
				b.ReportMetric(float64(rep.QuadsAdded), "quads")
				st.Close()
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "µs/event")
		})
	}
}
