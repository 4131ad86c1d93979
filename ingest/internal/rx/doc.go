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
//
// Two shapes of pattern that the standard library tries at every position
// of the text are run where a match can be instead, again with the same
// results: a pattern anchored at the end (`\bby[ \t]+$`, read on the
// window before a name) is run reversed on the reversed text, tried once
// (reverse.go); a pattern whose matches start with one of a few literals
// after an optional \b (`(?i)\bthe[ \t]+talk…`) is run anchored at each
// occurrence of the literals (prefix.go). A pattern anchored at the start
// whose first character is not any character gets no literal filter: it
// fails at its first bytes, which is cheaper than a scan.
package rx
