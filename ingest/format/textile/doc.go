// Package textile parses Textile posts (Textpattern, Redmine, old Jekyll
// and Movable Type blogs) into a doc.Document: "h1." … "h6." headings (the
// first is the title), "p.", "bq.", "bc.", "pre." blocks and their extended
// ".." forms, "*" and "#" lists, tables, "text":url links, link aliases
// ([alias]url) and !image.png(alt)! images placed at exact offsets in Text.
package textile
