package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// Bolt page layout (boltdb/bolt v1.3 and bbolt share it).
const (
	pageBranch   = 0x01
	pageLeaf     = 0x02
	pageMeta     = 0x04
	pageFreelist = 0x10
	leafBucket   = 0x01 // leaf element flag: the value is a sub-bucket
	elemSize     = 16   // branch and leaf element headers are both 16 bytes
	noFreelist   = ^uint64(0)
	maxTreeDepth = 64
)

// walkBoltFile checks every page of the Bolt file at path by reading it
// with bounds checks (never through a memory mapping, so damage is an
// error and cannot fault): the newest valid meta page, every branch and
// leaf page reachable from it (ids in range, page headers naming their
// own id, element offsets inside the page, keys in order, each page used
// once), inline and nested buckets, the freelist, and that every page is
// either used or free. It is what Open and 'talkgraph check' run before
// Bolt maps a file; its cost is one read of the file.
func walkBoltFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	return walkBolt(f, st.Size())
}

// walkBolt checks the Bolt database held by r (size bytes).
func walkBolt(r io.ReaderAt, size int64) error {
	head := make([]byte, boltPageHeader+boltMetaSize)
	if _, err := r.ReadAt(head, 0); err != nil {
		return fmt.Errorf("file too short for a Bolt database (%d bytes)", size)
	}
	m0, err0 := readBoltMeta(head)
	ps := int64(m0.pageSize)
	if err0 != nil {
		ps = int64(os.Getpagesize())
	}
	if ps < 512 || ps > 1<<16 || ps&(ps-1) != 0 {
		return fmt.Errorf("bad page size %d", ps)
	}
	var m1 boltMeta
	err1 := fmt.Errorf("no second meta page")
	if size >= 2*ps {
		if _, err := r.ReadAt(head, ps); err == nil {
			m1, err1 = readBoltMeta(head)
		}
	}
	var m boltMeta
	switch {
	case err0 == nil && err1 == nil:
		m = m0
		if m1.txid > m0.txid {
			m = m1
		}
	case err0 == nil:
		m = m0
	case err1 == nil:
		m = m1
	default:
		return fmt.Errorf("not a Bolt database: %v", err0)
	}
	if int64(m.pageSize) != ps {
		return fmt.Errorf("meta pages disagree on page size")
	}
	if m.pgid < 4 || int64(m.pgid) > size/ps {
		return fmt.Errorf("meta page (txid %d) says %d pages, the file holds %d (truncated?)", m.txid, m.pgid, size/ps)
	}
	w := &boltWalker{r: r, ps: ps, npages: m.pgid, seen: make([]bool, m.pgid)}
	w.seen[0], w.seen[1] = true, true
	freed := map[uint64]bool{}
	if m.freelist != noFreelist {
		ids, err := w.freelist(m.freelist)
		if err != nil {
			return err
		}
		for _, id := range ids {
			if id < 2 || id >= m.pgid {
				return fmt.Errorf("freelist page %d: free page id %d out of range", m.freelist, id)
			}
			if freed[id] {
				return fmt.Errorf("freelist page %d: page %d freed twice", m.freelist, id)
			}
			freed[id] = true
		}
	}
	if err := w.tree(m.root, 0); err != nil {
		return err
	}
	if m.freelist == noFreelist {
		return nil // free pages are not recorded: nothing more to compare
	}
	for id := uint64(2); id < m.pgid; id++ {
		if w.seen[id] && freed[id] {
			return fmt.Errorf("page %d is both in use and free", id)
		}
		if !w.seen[id] && !freed[id] {
			return fmt.Errorf("page %d is neither in use nor free", id)
		}
	}
	return nil
}

type boltWalker struct {
	r      io.ReaderAt
	ps     int64
	npages uint64
	seen   []bool
}

// page reads page id with its overflow pages, marking them used.
func (w *boltWalker) page(id uint64) ([]byte, error) {
	if id < 2 || id >= w.npages {
		return nil, fmt.Errorf("page id %d out of range (%d pages)", id, w.npages)
	}
	hdr := make([]byte, boltPageHeader)
	if _, err := w.r.ReadAt(hdr, int64(id)*w.ps); err != nil {
		return nil, fmt.Errorf("page %d: %v", id, err)
	}
	le := binary.LittleEndian
	if got := le.Uint64(hdr[0:]); got != id {
		return nil, fmt.Errorf("page %d: header names page %d", id, got)
	}
	overflow := uint64(le.Uint32(hdr[12:]))
	if id+overflow >= w.npages {
		return nil, fmt.Errorf("page %d: %d overflow pages run past the end", id, overflow)
	}
	for i := id; i <= id+overflow; i++ {
		if w.seen[i] {
			return nil, fmt.Errorf("page %d: used twice", i)
		}
		w.seen[i] = true
	}
	buf := make([]byte, int64(overflow+1)*w.ps)
	if _, err := w.r.ReadAt(buf, int64(id)*w.ps); err != nil {
		return nil, fmt.Errorf("page %d: %v", id, err)
	}
	return buf, nil
}

func (w *boltWalker) freelist(id uint64) ([]uint64, error) {
	p, err := w.page(id)
	if err != nil {
		return nil, fmt.Errorf("freelist: %v", err)
	}
	le := binary.LittleEndian
	if le.Uint16(p[8:])&pageFreelist == 0 {
		return nil, fmt.Errorf("freelist page %d: wrong page type %#x", id, le.Uint16(p[8:]))
	}
	n := uint64(le.Uint16(p[10:]))
	off := uint64(boltPageHeader)
	if n == 0xFFFF {
		if len(p) < boltPageHeader+8 {
			return nil, fmt.Errorf("freelist page %d: truncated", id)
		}
		n = le.Uint64(p[off:])
		off += 8
	}
	if n > (uint64(len(p))-off)/8 {
		return nil, fmt.Errorf("freelist page %d: %d ids do not fit", id, n)
	}
	ids := make([]uint64, n)
	for i := range ids {
		ids[i] = le.Uint64(p[off+uint64(i)*8:])
	}
	return ids, nil
}

// tree checks the B+tree rooted at page id.
func (w *boltWalker) tree(id uint64, depth int) error {
	if depth > maxTreeDepth {
		return fmt.Errorf("page %d: tree deeper than %d", id, maxTreeDepth)
	}
	p, err := w.page(id)
	if err != nil {
		return err
	}
	return w.node(p, id, depth, true)
}

// node checks one branch or leaf page (or an inline bucket's page, which
// is not in the file's page space: inFile false).
func (w *boltWalker) node(p []byte, id uint64, depth int, inFile bool) error {
	le := binary.LittleEndian
	if len(p) < boltPageHeader {
		return fmt.Errorf("page %d: truncated", id)
	}
	flags := le.Uint16(p[8:])
	count := int(le.Uint16(p[10:]))
	if boltPageHeader+count*elemSize > len(p) {
		return fmt.Errorf("page %d: %d elements do not fit", id, count)
	}
	var prev []byte
	for i := 0; i < count; i++ {
		e := boltPageHeader + i*elemSize
		var key, val []byte
		var child uint64
		var eflags uint32
		switch flags {
		case pageBranch:
			if !inFile {
				return fmt.Errorf("inline bucket page: branch page")
			}
			pos, ksize := uint64(le.Uint32(p[e:])), uint64(le.Uint32(p[e+4:]))
			child = le.Uint64(p[e+8:])
			if uint64(e)+pos+ksize > uint64(len(p)) {
				return fmt.Errorf("page %d: element %d key outside the page", id, i)
			}
			key = p[uint64(e)+pos : uint64(e)+pos+ksize]
		case pageLeaf:
			eflags = le.Uint32(p[e:])
			pos, ksize, vsize := uint64(le.Uint32(p[e+4:])), uint64(le.Uint32(p[e+8:])), uint64(le.Uint32(p[e+12:]))
			if uint64(e)+pos+ksize+vsize > uint64(len(p)) {
				return fmt.Errorf("page %d: element %d outside the page", id, i)
			}
			key = p[uint64(e)+pos : uint64(e)+pos+ksize]
			val = p[uint64(e)+pos+ksize : uint64(e)+pos+ksize+vsize]
		default:
			return fmt.Errorf("page %d: not a branch or leaf page (flags %#x)", id, flags)
		}
		if i > 0 && bytes.Compare(prev, key) >= 0 {
			return fmt.Errorf("page %d: keys out of order", id)
		}
		prev = key
		if flags == pageBranch {
			if err := w.tree(child, depth+1); err != nil {
				return err
			}
			continue
		}
		if eflags&leafBucket == 0 {
			continue
		}
		if len(val) < 16 {
			return fmt.Errorf("page %d: element %d: bucket header truncated", id, i)
		}
		if root := le.Uint64(val); root != 0 {
			if err := w.tree(root, depth+1); err != nil {
				return err
			}
		} else if err := w.node(val[16:], id, depth+1, false); err != nil {
			return fmt.Errorf("inline bucket in page %d: %w", id, err)
		}
	}
	return nil
}
