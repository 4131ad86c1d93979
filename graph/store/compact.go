package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/cayleygraph/cayley/graph"
)

// Compact rebuilds the Cayley store from the manifest and swaps it in
// atomically, dropping the tombstones that deletes leave on Bolt. A crash
// during Compact leaves the old store in place.
func (s *Store) Compact(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return err
	}
	if err := s.settle(); err != nil && !errors.Is(err, ErrUnfinished) {
		return err
	}
	if _, _, err := s.redo(ctx); err != nil {
		return s.errf("finish interrupted write: %w", err)
	}
	if err := s.rebuild(ctx); err != nil {
		return s.errf("compact: %w", err)
	}
	return nil
}

// rebuild replaces Cayley's store by a fresh one filled from the manifest;
// call with s.mu held for writing.
func (s *Store) rebuild(ctx context.Context) error {
	var err error
	switch s.cfg.Backend {
	case Bolt:
		err = s.compactBolt(ctx)
	case Memory:
		var qs graph.QuadStore
		if qs, err = graph.NewQuadStore("memstore", "", nil); err == nil {
			if err = s.fill(ctx, qs); err == nil {
				s.qs.Close()
				s.qs = qs
			}
		}
	case Postgres:
		err = s.compactPostgres(ctx)
	}
	return err
}

func (s *Store) compactBolt(ctx context.Context) error {
	tmp := filepath.Join(s.dir, compactDir)
	if err := os.RemoveAll(tmp); err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := graph.InitQuadStore("bolt", tmp, boltOpts()); err != nil {
		return err
	}
	qs, err := graph.NewQuadStore("bolt", tmp, boltOpts())
	if err != nil {
		return err
	}
	if err := s.fill(ctx, qs); err != nil {
		qs.Close()
		return err
	}
	if err := qs.Close(); err != nil {
		return err
	}
	s.qs.Close()
	s.qs = nil
	renamed := os.Rename(filepath.Join(tmp, cayleyFile), filepath.Join(s.dir, cayleyFile))
	if renamed == nil {
		if d, err := os.Open(s.dir); err == nil {
			d.Sync()
			d.Close()
		}
	}
	// Reopen whichever file is now in place.
	s.qs, s.sync, err = openCayleyBolt(s.dir)
	return errors.Join(renamed, err)
}

// compactPostgres loads a fresh copy into schema_compact, then in one SQL
// transaction renames the schemas and moves the manifest table across.
func (s *Store) compactPostgres(ctx context.Context) error {
	schema := s.cfg.Schema
	tmp, old := schema+"_compact", schema+"_old"
	tmpURL, _, err := pgURL(s.cfg.DB, tmp)
	if err != nil {
		return err
	}
	db, err := sql.Open("postgres", s.connURL)
	if err != nil {
		return err
	}
	defer db.Close()
	for _, q := range []string{`DROP SCHEMA IF EXISTS ` + tmp + ` CASCADE`, `DROP SCHEMA IF EXISTS ` + old + ` CASCADE`, `CREATE SCHEMA ` + tmp} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	qs, err := openCayleyPostgres(tmpURL)
	if err != nil {
		return err
	}
	if err := s.fill(ctx, qs); err != nil {
		qs.Close()
		return err
	}
	qs.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	for _, q := range []string{
		`ALTER SCHEMA ` + schema + ` RENAME TO ` + old,
		`ALTER SCHEMA ` + tmp + ` RENAME TO ` + schema,
		`ALTER TABLE ` + old + `.talkgraph_manifest SET SCHEMA ` + schema,
		`DROP SCHEMA ` + old + ` CASCADE`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			tx.Rollback()
			return fmt.Errorf("swap schemas: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	s.qs.Close()
	s.qs, err = openCayleyPostgres(s.connURL)
	return err
}
