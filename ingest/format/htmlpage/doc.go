// Package htmlpage parses a whole HTML page (a blog post as served or saved
// from a browser) into a doc.Document: metadata from Open Graph, article:*,
// meta, JSON-LD and microformat markup, and the article's text (the <article>
// or <main> element, else the body without navigation, headers, footers and
// asides) with headings, links at exact offsets and image alt texts.
package htmlpage
