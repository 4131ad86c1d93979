package extract

import (
	"reflect"
	"testing"

	regexp "github.com/talkgraph/talkgraph/ingest/internal/rx"
)

// TestRulesCompile compiles every rule now: rx compiles a rule on its
// first use, so an invalid pattern would otherwise panic only on the post
// that reaches it.
func TestRulesCompile(t *testing.T) {
	v := reflect.ValueOf(newRules()).Elem()
	n := 0
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.Type() != reflect.TypeOf((*regexp.Regexp)(nil)) {
			continue
		}
		name := v.Type().Field(i).Name
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: %v", name, r)
				}
			}()
			if f.IsNil() {
				t.Errorf("%s: not built", name)
				return
			}
			// unexported field: read through its address
			reflect.NewAt(f.Type(), f.Addr().UnsafePointer()).Elem().Interface().(*regexp.Regexp).Check()
			n++
		}()
	}
	if n < 50 {
		t.Errorf("checked %d rules, want every rule (more than 50)", n)
	}
}
