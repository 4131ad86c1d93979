package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"time"

	"github.com/talkgraph/talkgraph/graph/store"
	"github.com/talkgraph/talkgraph/ingest/source"
)

// settingStatCache is the store setting that holds the stat cache.
const settingStatCache = "ingest.statcache"

// statCacheMagic starts an encoded stat cache (and names its format).
const statCacheMagic = "talkgraph-statcache/1\n"

// statEntry is what the stat cache knows of one post file, by its stable
// name: its Stat when it was last read whole and the SHA-256 of its bytes.
type statEntry struct {
	st  source.Stat
	sum [sha256.Size]byte
}

// statCache is git's index for an ingest: a file whose Stat is the one
// recorded with its content's hash is not read again, and its post is
// unchanged when the store holds that hash in the run's context. Only
// Settled stats are recorded (see source.Stat.Settled), so an edit that
// keeps a file's size and times is still seen. A store without the
// setting, or with one that does not decode, has every file read.
type statCache struct {
	old  map[string]statEntry // as the run found it
	next map[string]statEntry // what the run saw (written at its end)
	now  time.Time            // when the run began: stats older than it by the clock's window are recorded
}

func loadStatCache(ctx context.Context, st *store.Store, now time.Time) *statCache {
	c := &statCache{old: map[string]statEntry{}, next: map[string]statEntry{}, now: now}
	val, ok, err := st.Setting(ctx, settingStatCache)
	if err != nil || !ok {
		return c
	}
	if old, err := decodeStatCache(val); err == nil {
		c.old = old
	}
	return c
}

// same reports whether name's recorded entry has Stat st.
func (c *statCache) same(name string, st source.Stat) (statEntry, bool) {
	e, ok := c.old[name]
	return e, ok && e.st == st
}

// has reports whether the cache records a file of that name (a post read
// whole before).
func (c *statCache) has(name string) bool {
	_, ok := c.old[name]
	return ok
}

// keep carries name's recorded entry over to the cache written at the end
// (its file was not read, being unchanged).
func (c *statCache) keep(name string) {
	if e, ok := c.old[name]; ok {
		c.next[name] = e
	}
}

// saw records that name, with Stat st, held bytes of hash sum (if its Stat
// is settled; else the old entry, which st no longer matches, stays).
func (c *statCache) saw(name string, st source.Stat, sum [sha256.Size]byte) {
	if st.Settled(c.now) {
		c.next[name] = statEntry{st, sum}
	} else {
		c.keep(name)
	}
}

// save writes what the run saw when it differs from what it found.
func (c *statCache) save(ctx context.Context, st *store.Store) error {
	if len(c.next) == len(c.old) {
		same := true
		for k, e := range c.next {
			if o, ok := c.old[k]; !ok || o != e {
				same = false
				break
			}
		}
		if same {
			return nil
		}
	}
	return st.SetSetting(ctx, settingStatCache, encodeStatCache(c.next))
}

func encodeStatCache(m map[string]statEntry) string {
	b := make([]byte, 0, len(statCacheMagic)+len(m)*100)
	b = append(b, statCacheMagic...)
	for name, e := range m {
		b = binary.AppendUvarint(b, uint64(len(name)))
		b = append(b, name...)
		b = binary.AppendVarint(b, e.st.Size)
		b = binary.AppendVarint(b, e.st.ModTime)
		b = binary.AppendVarint(b, e.st.Change)
		b = binary.AppendUvarint(b, e.st.Inode)
		b = binary.AppendUvarint(b, e.st.Device)
		b = append(b, e.sum[:]...)
	}
	return string(b)
}

var errStatCache = errors.New("stat cache does not decode")

func decodeStatCache(s string) (map[string]statEntry, error) {
	b := []byte(s)
	if len(b) < len(statCacheMagic) || string(b[:len(statCacheMagic)]) != statCacheMagic {
		return nil, errStatCache
	}
	b = b[len(statCacheMagic):]
	m := map[string]statEntry{}
	uv := func() uint64 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			b = nil
			return 0
		}
		b = b[n:]
		return v
	}
	sv := func() int64 {
		v, n := binary.Varint(b)
		if n <= 0 {
			b = nil
			return 0
		}
		b = b[n:]
		return v
	}
	for len(b) > 0 {
		n := uv()
		if b == nil || uint64(len(b)) < n {
			return nil, errStatCache
		}
		name := string(b[:n])
		b = b[n:]
		var e statEntry
		e.st.Size, e.st.ModTime, e.st.Change = sv(), sv(), sv()
		e.st.Inode, e.st.Device = uv(), uv()
		if b == nil || len(b) < sha256.Size {
			return nil, errStatCache
		}
		copy(e.sum[:], b)
		b = b[sha256.Size:]
		m[name] = e
	}
	return m, nil
}

// hashOf is contentHash of bytes whose SHA-256 is sum.
func hashOf(sum [sha256.Size]byte, context string) string {
	return hex.EncodeToString(sum[:]) + "/" + context
}
