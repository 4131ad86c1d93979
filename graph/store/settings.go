package store

import (
	"context"
	"errors"
)

// bSettings holds the store's own settings (the base IRI its entities were
// minted under), key -> value.
const bSettings = "settings"

// SettingBase is the setting that records the base IRI of a store's entities.
const SettingBase = "base"

// errNoBucket: a store made before settings existed, opened read-only.
var errNoBucket = errors.New("no settings bucket")

// Setting returns a setting of the store ("" and false when unset).
func (s *Store) Setting(ctx context.Context, key string) (string, bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return "", false, s.errf("%w", ErrClosed)
	}
	var val []byte
	err := s.man.View(ctx, func(tx kvTx) error {
		if bt, ok := tx.(boltTx); ok && bt.tx.Bucket([]byte(bSettings)) == nil {
			return errNoBucket
		}
		v, err := tx.Get(bSettings, key)
		val = append([]byte(nil), v...)
		if v == nil {
			val = nil
		}
		return err
	})
	if errors.Is(err, errNoBucket) {
		return "", false, nil
	}
	if err != nil {
		return "", false, s.errf("read setting %s: %w", key, err)
	}
	return string(val), val != nil, nil
}

// SetSetting records a setting of the store.
func (s *Store) SetSetting(ctx context.Context, key, value string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.writable(); err != nil {
		return err
	}
	err := s.man.Update(ctx, func(tx kvTx) error {
		if bt, ok := tx.(boltTx); ok {
			if _, err := bt.tx.CreateBucketIfNotExists([]byte(bSettings)); err != nil {
				return err
			}
		}
		return tx.Put(bSettings, key, []byte(value))
	})
	if err != nil {
		return s.errf("write setting %s: %w", key, err)
	}
	return nil
}
