// Package rst parses reStructuredText blog posts (Pelican, Nikola, plain
// docutils) into a doc.Document with a hand-written, line-based parser that
// never panics and runs in time linear in the input for all practical
// purposes.
//
// Metadata: the first section title is the Title; a field list
// (":date: ...") before the first paragraph, either side of the title, is
// Pelican metadata; ".. key: value" comments before the first paragraph are
// Nikola metadata. Both are mapped by package metadata.
//
// Body: section titles become paragraphs of their own and doc.Sections
// (levels in order of first appearance of each adornment style);
// paragraphs, list items (each on its own line), block quotes, definition
// lists, tables (cells joined with " | ") and footnotes are kept as text.
// Inline markup (emphasis, strong, literals, roles, substitutions) is
// reduced to its text; footnote references are dropped. Hyperlinks of all
// kinds become doc.Links: `text <url>`_ and `text <url>`__, named references
// (`text`_ and word_ with ".. _text: url" targets, chained and indirect
// targets), anonymous references with "__" targets, and bare URLs.
//
// Directives: image and figure give their :alt: (and a figure's caption) as
// alt text lines plus an image link; admonitions and other prose containers
// (note, warning, tip, topic, sidebar, epigraph, container, table,
// list-table ...) keep their text; every other directive's body is dropped,
// including code-block/code/sourcecode (code is noise for entity
// extraction, as literal blocks after "::" are), raw, include and math.
// Comments are dropped.
package rst
