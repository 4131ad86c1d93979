package source

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestWalkUnread(t *testing.T) {
	root := t.TempDir()
	write(t, filepath.Join(root, "a.md"), "aaa")
	write(t, filepath.Join(root, "b.md"), "bbb")
	var asked []string
	opts := Options{Unread: func(p string, st Stat) bool {
		asked = append(asked, filepath.Base(p))
		if st.Size != 3 || st.ModTime == 0 {
			t.Errorf("%s: stat %+v", p, st)
		}
		return filepath.Base(p) == "a.md"
	}}
	got := collect(t, []string{root}, opts)
	if len(got) != 2 || len(asked) != 2 {
		t.Fatalf("got %d inputs, asked %v", len(got), asked)
	}
	for _, in := range got {
		unread := filepath.Base(in.Name) == "a.md"
		if in.Unread != unread || (in.Data == nil) != unread || in.Stat.Size != 3 {
			t.Errorf("%s: Unread %v, Data %q, Stat %+v", in.Name, in.Unread, in.Data, in.Stat)
		}
	}
	// ReadFile always reads
	if in := ReadFile(filepath.Join(root, "a.md"), false, opts); in.Unread || string(in.Data) != "aaa" {
		t.Errorf("ReadFile: %+v", in)
	}
}

func TestStatSeesEdits(t *testing.T) {
	p := filepath.Join(t.TempDir(), "post.md")
	write(t, p, "first")
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
	stat := func() Stat {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		return StatOf(fi)
	}
	before := stat()
	if stat() != before {
		t.Fatal("the same file gave two Stats")
	}
	// same size, modification time put back: the change time still moves
	time.Sleep(10 * time.Millisecond)
	write(t, p, "other")
	if err := os.Chtimes(p, old, old); err != nil {
		t.Fatal(err)
	}
	after := stat()
	if after.Size != before.Size || after.ModTime != before.ModTime {
		t.Fatalf("setup: %+v vs %+v", after, before)
	}
	if after == before && before.Change != 0 {
		t.Error("an edit keeping size and modification time was not seen")
	}
}

func TestSettled(t *testing.T) {
	now := time.Date(2026, 12, 3, 10, 0, 0, 500e6, time.UTC)
	for _, c := range []struct {
		mtime, ctime time.Duration // before now
		want         bool
	}{
		{time.Hour, time.Hour, true},
		{3 * time.Second, 3 * time.Second, true},
		{2 * time.Second, time.Hour, false}, // within the coarsest clock's window
		{time.Hour, time.Second, false},     // changed (chmod, Chtimes) just now
		{0, 0, false},
		{-time.Second, time.Hour, false}, // in the future
	} {
		st := Stat{ModTime: now.Add(-c.mtime).UnixNano(), Change: now.Add(-c.ctime).UnixNano()}
		if got := st.Settled(now); got != c.want {
			t.Errorf("mtime -%v ctime -%v: Settled %v, want %v", c.mtime, c.ctime, got, c.want)
		}
	}
}
