package lazyre

import (
	"sync"
	"testing"
)

func TestCompilesOnFirstUseOnce(t *testing.T) {
	bad := New(`(`) // not compiled yet: no panic here
	defer func() {
		if recover() == nil {
			t.Error("a bad pattern did not panic on first use")
		}
	}()
	re := New(`^(\w+)-(\d+)$`)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if m := re.FindStringSubmatch("post-42"); len(m) != 3 || m[2] != "42" {
				t.Errorf("FindStringSubmatch = %q", m)
			}
		}()
	}
	wg.Wait()
	if re.Re() != re.Re() {
		t.Error("compiled twice")
	}
	if got := re.ReplaceAllString("a-1", "$2$1"); got != "1a" {
		t.Errorf("ReplaceAllString = %q", got)
	}
	bad.MatchString("x")
}
