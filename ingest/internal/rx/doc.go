// Package rx is regexp with a literal prefilter. MustCompile analyses the
// pattern once (regexp/syntax) for the literal strings that every match
// must contain, such as "by" in `\s+by\s+`, or one of "talk", "keynote"
// in `\b(?:talks?|keynotes?)\b`; a match method first looks for them with
// strings.Contains (or an ASCII case-insensitive search for (?i)
// literals) and returns "no match" at once when none is there, without
// running the regular expression. Otherwise it runs the wrapped
// *regexp.Regexp, so results are always the standard library's.
//
// The filter is a necessary condition only: it never changes a result,
// it only skips work on text that cannot match. It is how the extractor's
// rules, run per name, per link and per sentence, stay off text that has
// none of their cue words.
package rx
