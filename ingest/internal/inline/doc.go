// Package inline writes one line (or paragraph) of a lightweight markup
// language (AsciiDoc, Org-mode, Textile) into a textbuild.Builder: each
// format gives its inline constructs (links, images, cross references) as
// rules, the text between them has its emphasis markers removed, and links
// land in the Document at exact offsets. It is shared by ingest/format/asciidoc,
// ingest/format/orgmode and ingest/format/textile.
package inline
