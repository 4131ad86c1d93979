// Package textbuild builds a post's plain text (doc.Document.Text) while a
// markup parser walks its source: separators written lazily so offsets of
// links, headings and alt texts never cover whitespace, text cleaned on the
// way in (mojibake, entities), and bare URLs turned into links afterwards.
// The Markdown and reStructuredText parsers share it.
package textbuild
