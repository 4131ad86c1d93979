// Package plaintext parses plain-text post exports (Blogger and similar)
// into a doc.Document: a header of a date line and a title line, or of
// "Title: …" / "Date: …" lines, then the body. Bare URLs become links
// anchored on themselves; "text (http://url)" and "text <http://url>" become
// links anchored on the text, with the URL removed from Text.
package plaintext
