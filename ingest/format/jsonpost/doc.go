// Package jsonpost parses blog posts stored as JSON objects, as blog
// engines and APIs export them (Ghost, dev.to, WordPress REST, Hugo data
// files): a post object, an array of them, or an object wrapping the array
// ("posts", "articles", "items", Ghost's db[0].data.posts). Metadata keys
// (title, date/published_at, author/authors, tags/tag_list, url) go through
// ingest/metadata; the body is HTML (html, content.rendered) read with
// htmlpage.Fragment or Markdown (body_markdown, markdown) read with
// markdown.Parse.
package jsonpost
