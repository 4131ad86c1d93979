//go:build linux

package store

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// dropMapped removes the pages of the files at paths (absolute) that are
// mapped into this process from its resident set, with
// madvise(MADV_DONTNEED) on every mapping /proc/self/maps lists for them.
// Bolt reads its file through a read-only shared mapping, so a big write
// touches most of the file and each touched page counts in the process's
// RSS until it exits; dropping them after each write keeps the peak RSS of
// a long ingest near its heap. The pages stay in the kernel's page cache:
// the next read faults them back in without I/O, and the data is unchanged.
// Errors are ignored: this is only an optimisation.
func dropMapped(paths ...string) {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return
	}
	defer f.Close()
	type span struct{ start, end uintptr }
	var spans []span
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// "start-end perms offset dev inode   path"
		line := sc.Bytes()
		fields := bytes.Fields(line)
		if len(fields) < 6 {
			continue
		}
		path := string(bytes.Join(fields[5:], []byte(" ")))
		match := false
		for _, p := range paths {
			if p == path {
				match = true
			}
		}
		if !match {
			continue
		}
		a, b, ok := bytes.Cut(fields[0], []byte("-"))
		if !ok {
			continue
		}
		start, err1 := strconv.ParseUint(string(a), 16, 64)
		end, err2 := strconv.ParseUint(string(b), 16, 64)
		if err1 != nil || err2 != nil || end <= start {
			continue
		}
		spans = append(spans, span{uintptr(start), uintptr(end)})
	}
	for _, s := range spans {
		syscall.Syscall(syscall.SYS_MADVISE, s.start, s.end-s.start, syscall.MADV_DONTNEED)
	}
}

// fileResident is the size of the process's resident file-backed pages
// (the mapped Bolt files and the executable), from /proc/self/statm; -1 if
// unknown.
func fileResident() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return -1
	}
	f := bytes.Fields(b)
	if len(f) < 3 {
		return -1
	}
	pages, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		return -1
	}
	return pages * int64(os.Getpagesize())
}
