package store

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// Bolt's on-disk meta page (boltdb/bolt v1.3 and bbolt share it).
const (
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	boltPageHeader = 16
	boltMetaSize   = 64
)

type boltMeta struct {
	pageSize uint32
	root     uint64
	freelist uint64
	pgid     uint64
	txid     uint64
}

func readBoltMeta(b []byte) (boltMeta, error) {
	if len(b) < boltPageHeader+boltMetaSize {
		return boltMeta{}, fmt.Errorf("short meta page")
	}
	m := b[boltPageHeader : boltPageHeader+boltMetaSize]
	le := binary.LittleEndian
	if le.Uint32(m[0:]) != boltMagic {
		return boltMeta{}, fmt.Errorf("no Bolt magic number")
	}
	if v := le.Uint32(m[4:]); v != boltVersion {
		return boltMeta{}, fmt.Errorf("Bolt version %d, want %d", v, boltVersion)
	}
	h := fnv.New64a()
	h.Write(m[:56])
	if h.Sum64() != le.Uint64(m[56:]) {
		return boltMeta{}, fmt.Errorf("meta page checksum mismatch")
	}
	return boltMeta{
		pageSize: le.Uint32(m[8:]),
		root:     le.Uint64(m[16:]),
		freelist: le.Uint64(m[32:]),
		pgid:     le.Uint64(m[40:]),
		txid:     le.Uint64(m[48:]),
	}, nil
}

// checkBoltFile checks that path looks like an intact Bolt file before
// Cayley's old Bolt maps it (a truncated file crashes the process there):
// the size is a whole number of pages, at least four, the meta pages carry
// Bolt's magic number and a valid checksum, and the file is as long as the
// newest meta page says.
func checkBoltFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	size := st.Size()
	if !st.Mode().IsRegular() {
		return fmt.Errorf("not a regular file")
	}
	head := make([]byte, boltPageHeader+boltMetaSize)
	if _, err := io.ReadFull(f, head); err != nil {
		return fmt.Errorf("file too short for a Bolt database (%d bytes)", size)
	}
	m0, err0 := readBoltMeta(head)
	ps := int64(m0.pageSize)
	if err0 != nil {
		// Page 0 is damaged; bolt would try page 1 at the OS page size.
		ps = int64(os.Getpagesize())
	}
	if ps < 512 || ps > 1<<16 || ps&(ps-1) != 0 {
		return fmt.Errorf("bad page size %d", ps)
	}
	if size%ps != 0 {
		return fmt.Errorf("size %d is not a whole number of %d-byte pages (truncated?)", size, ps)
	}
	if size < 4*ps {
		return fmt.Errorf("size %d is less than 4 pages (truncated?)", size)
	}
	if _, err := f.ReadAt(head, ps); err != nil {
		return fmt.Errorf("read meta page 1: %v", err)
	}
	m1, err1 := readBoltMeta(head)
	if err0 != nil && err1 != nil {
		return fmt.Errorf("not a Bolt database: %v", err0)
	}
	metas := []boltMeta{}
	if err0 == nil {
		metas = append(metas, m0)
	}
	if err1 == nil {
		if m1.pageSize != uint32(ps) {
			return fmt.Errorf("meta pages disagree on page size")
		}
		metas = append(metas, m1)
	}
	for _, m := range metas {
		if m.root >= m.pgid || m.freelist >= m.pgid || m.pgid < 4 {
			return fmt.Errorf("meta page (txid %d) points outside the database", m.txid)
		}
		if int64(m.pgid)*ps > size {
			return fmt.Errorf("file has %d pages but the database needs %d (truncated)", size/ps, m.pgid)
		}
	}
	return nil
}
