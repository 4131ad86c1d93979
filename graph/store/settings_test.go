package store

import (
	"context"
	"path/filepath"
	"testing"
)

func TestSettings(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{Memory, Bolt} {
		cfg := Config{Backend: backend, DB: filepath.Join(t.TempDir(), "s.db")}
		st, err := Open(ctx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if v, ok, err := st.Setting(ctx, SettingBase); err != nil || ok || v != "" {
			t.Fatalf("%s: unset setting = %q, %v, %v", backend, v, ok, err)
		}
		if err := st.SetSetting(ctx, SettingBase, "https://example.org/id/"); err != nil {
			t.Fatal(err)
		}
		if backend == Bolt {
			st.Close()
			cfg.ReadOnly = true
			if st, err = Open(ctx, cfg); err != nil {
				t.Fatal(err)
			}
		}
		if v, ok, err := st.Setting(ctx, SettingBase); err != nil || !ok || v != "https://example.org/id/" {
			t.Errorf("%s: setting = %q, %v, %v", backend, v, ok, err)
		}
		if backend == Bolt {
			if err := st.SetSetting(ctx, SettingBase, "x"); err == nil {
				t.Errorf("a read-only store took a setting")
			}
		}
		st.Close()
	}
}
