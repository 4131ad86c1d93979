// Package gemtext parses Gemini text (.gmi) posts into a doc.Document:
// "#" headings (the first is the title), "=> URL text" link lines (the
// anchor text placed in Text), "* " list items, ``` preformatted blocks and
// "> " quotes. The date comes from a date line or heading near the top, or
// from the file name.
package gemtext
