// Package asciidoc parses AsciiDoc posts (Asciidoctor, Hugo and Antora
// sites) into a doc.Document: the document header ("= Title", an author
// line "Jane Doe <mail>", a revision line "v1.0, 2019-02-04", ":attr: value"
// entries such as :date:, :author:, :tags:), "==" sections, lists, delimited
// blocks, and links (https://url[text], link:url[text], <<xref,text>>,
// image::src[alt]) placed at exact offsets in Text.
package asciidoc
