package main

import (
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/graph/vocab"
	"github.com/talkgraph/talkgraph/ingest/source"
)

// baseIRI is the --base the command line (or $TALKGRAPH_BASE) asks for, ""
// for the default, checked once: an absolute http(s) or urn IRI without
// spaces or characters IRIs cannot hold.
func (a *app) baseIRI() (string, bool, error) {
	base, given := a.base, a.base != ""
	if base == "" {
		base = os.Getenv("TALKGRAPH_BASE")
		given = base != ""
	}
	if base == "" {
		return vocab.DefaultBase, false, nil
	}
	u, err := url.Parse(base)
	bad := strings.ContainsAny(base, " \t\n<>\"{}|\\^`")
	switch {
	case err != nil || bad:
		return "", given, usagef("--base %q is not an IRI (no spaces or <>\"{}|\\^` characters)", base)
	case u.Scheme == "urn" && u.Opaque != "":
	case (u.Scheme == "http" || u.Scheme == "https") && u.Host != "":
	default:
		return "", given, usagef("--base %q must be an absolute http(s) IRI such as %s", base, vocab.DefaultBase)
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, "#") {
		base += "/"
	}
	return base, given, nil
}

// storedBase returns the base IRI a store's entities were minted under: the
// recorded setting, or for a store made before it was recorded, the base of
// its post and schedule IRIs ("" for an empty store).
func storedBase(ctx context.Context, st *store.Store) (string, error) {
	if b, ok, err := st.Setting(ctx, store.SettingBase); err != nil || ok {
		return b, err
	}
	docs, err := st.Docs(ctx)
	if err != nil {
		return "", err
	}
	for _, d := range docs {
		l := string(d.Label)
		for _, seg := range []string{"post/", "schedule/"} {
			if i := strings.LastIndex(l, "/"+seg); i >= 0 {
				return l[:i+1], nil
			}
		}
	}
	return "", nil
}

// checkBase makes the store remember its base IRI: the first ingest records
// it; a later one with another --base is refused, naming the stored one
// (two bases would duplicate every entity).
func (a *app) checkBase(ctx context.Context, st *store.Store, base string) error {
	stored, err := storedBase(ctx, st)
	if err != nil {
		return err
	}
	if stored != "" && stored != base {
		return usagef("this store's entities are under --base %s, not %s: give --base %s, or use another --db", stored, base, stored)
	}
	if ok := stored != ""; ok {
		if _, recorded, err := st.Setting(ctx, store.SettingBase); err != nil || recorded {
			return err
		}
	}
	return st.SetSetting(ctx, store.SettingBase, base)
}

// namer names the files inputs come from (see source.Namer): relative to
// their git working tree, or else to the directory holding the store (the
// working directory for the memory and PostgreSQL backends).
func (a *app) namer() source.Namer {
	root := "."
	if cfg, err := a.storeConfig(true); err == nil && cfg.Backend == store.Bolt {
		if abs, err := filepath.Abs(cfg.DB); err == nil {
			root = filepath.Dir(abs)
		}
	}
	return source.Namer{Root: root}.Cached()
}

// docName is the stable name of a post reference given on the command line:
// a path becomes the name ingest gave its file; URLs and IRIs stay.
func (a *app) docName(ref string) string {
	if ref == "-" || strings.Contains(ref, "://") || strings.HasPrefix(ref, "<") {
		return ref
	}
	if strings.HasPrefix(ref, "stdin:") {
		return ref
	}
	return a.namer().Name(ref)
}
