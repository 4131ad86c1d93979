// Package feed parses syndication feeds and blog exports that hold several
// posts: RSS 2.0 (and RSS 1.0/RDF), Atom, and WordPress eXtended RSS (WXR)
// exports. Every item becomes one doc.Document: title, link, publication
// date, authors (dc:creator, author, WXR display names), categories and
// tags, and the text of its HTML content (content:encoded, content,
// description, summary) through htmlpage.Fragment.
package feed
