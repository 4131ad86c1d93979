package store

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestOpenWritesNothing: opening and closing a Bolt store that has its
// manifest's buckets leaves manifest.bolt as it was (no commit, no sync).
func TestOpenWritesNothing(t *testing.T) {
	ctx := context.Background()
	cfg := Config{Backend: Bolt, DB: filepath.Join(t.TempDir(), "s.db")}
	st := mustOpen(t, cfg)
	if err := st.SetSetting(ctx, SettingBase, "https://example.org/id/"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	manifest := filepath.Join(cfg.DB, manifestFile)
	before, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	st = mustOpen(t, cfg)
	if v, ok, err := st.Setting(ctx, SettingBase); err != nil || !ok || v != "https://example.org/id/" {
		t.Fatalf("setting = %q %v %v", v, ok, err)
	}
	st.Close()
	after, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("opening the store rewrote manifest.bolt")
	}
}
