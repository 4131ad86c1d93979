package lazyre

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled once, when a method is first
// called. Like regexp.MustCompile it panics on a bad pattern (at that first
// call); the zero value is not usable. Safe for concurrent use.
type Regexp struct {
	re func() *regexp.Regexp
}

// New returns a Regexp for expr, compiled on first use.
func New(expr string) *Regexp {
	return &Regexp{re: sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })}
}

// Re returns the compiled expression.
func (r *Regexp) Re() *regexp.Regexp { return r.re() }

// String returns the source text.
func (r *Regexp) String() string { return r.re().String() }

// MatchString reports whether s contains a match.
func (r *Regexp) MatchString(s string) bool { return r.re().MatchString(s) }

// Match reports whether b contains a match.
func (r *Regexp) Match(b []byte) bool { return r.re().Match(b) }

// FindString returns the leftmost match in s.
func (r *Regexp) FindString(s string) string { return r.re().FindString(s) }

// FindStringIndex returns the location of the leftmost match in s.
func (r *Regexp) FindStringIndex(s string) []int { return r.re().FindStringIndex(s) }

// FindStringSubmatch returns the leftmost match in s and its submatches.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.re().FindStringSubmatch(s) }

// FindStringSubmatchIndex returns the locations of the leftmost match and its submatches.
func (r *Regexp) FindStringSubmatchIndex(s string) []int { return r.re().FindStringSubmatchIndex(s) }

// FindAllString returns up to n successive matches in s (all if n < 0).
func (r *Regexp) FindAllString(s string, n int) []string { return r.re().FindAllString(s, n) }

// FindAllStringIndex returns the locations of up to n successive matches.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int { return r.re().FindAllStringIndex(s, n) }

// FindAllStringSubmatch returns up to n successive matches with submatches.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.re().FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex returns the locations of up to n successive matches with submatches.
func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.re().FindAllStringSubmatchIndex(s, n)
}

// FindSubmatch returns the leftmost match in b and its submatches.
func (r *Regexp) FindSubmatch(b []byte) [][]byte { return r.re().FindSubmatch(b) }

// FindAllSubmatch returns up to n successive matches in b with submatches.
func (r *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte { return r.re().FindAllSubmatch(b, n) }

// ReplaceAllString replaces every match in src with repl ($1 expanded).
func (r *Regexp) ReplaceAllString(src, repl string) string { return r.re().ReplaceAllString(src, repl) }

// ReplaceAllLiteralString replaces every match in src with repl as is.
func (r *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return r.re().ReplaceAllLiteralString(src, repl)
}

// ReplaceAllStringFunc replaces every match in src with repl(match).
func (r *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return r.re().ReplaceAllStringFunc(src, repl)
}

// Split slices s into substrings separated by the expression.
func (r *Regexp) Split(s string, n int) []string { return r.re().Split(s, n) }

// SubexpIndex returns the index of the named group, or -1.
func (r *Regexp) SubexpIndex(name string) int { return r.re().SubexpIndex(name) }

// ReplaceAllFunc replaces every match in src with repl(match).
func (r *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	return r.re().ReplaceAllFunc(src, repl)
}
